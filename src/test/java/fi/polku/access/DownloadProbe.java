package fi.polku.access;

import fi.polku.access.AccessMatrix.Outcome;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Plans;
import fi.polku.peerreview.PeerReviews;
import fi.polku.settings.Organisation;
import fi.polku.settings.Settings;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Vaadin serves a DownloadHandler only to the UI that rendered it, and the handler runs as that UI's
 * user; so what guards a download is the service call the handler makes. This makes that same call,
 * with the same arguments, as each viewpoint.
 */
final class DownloadProbe {

    private record Download(Supplier<byte[]> fetch, String marker) {
    }

    private final Map<String, Download> downloads;

    DownloadProbe(ApplicationContext c, AccessFixtures f) {
        PeerReviews peerReviews = c.getBean(PeerReviews.class);
        Cohorts cohorts = c.getBean(Cohorts.class);
        Plans plans = c.getBean(Plans.class);
        Settings settings = c.getBean(Settings.class);
        fi.polku.accounts.Privacy privacy = c.getBean(fi.polku.accounts.Privacy.class);
        fi.polku.accounts.UserId aino = c.getBean(fi.polku.accounts.Accounts.class).findByEmail("aino@polku.local")
                .orElseThrow().id();
        downloads = Map.of(
                "fi/polku/peerreview/ui/Downloads.java",
                new Download(() -> read(peerReviews.download(f.attachment).content()), AccessFixtures.ATTACHMENT_TEXT),
                "fi/polku/learning/ui/CohortView.java",
                new Download(() -> cohorts.exportCsv(f.cohort, Locale.ENGLISH), "aino@polku.local"),
                "fi/polku/learning/ui/PlanPanel.java",
                new Download(() -> plans.myPdf(AccessFixtures.COURSE, "development-plan", 1, Locale.ENGLISH), "%PDF"),
                // the logo is printed on every public certificate; the view that shows it is admin-only
                "fi/polku/settings/ui/OrganisationSection.java",
                new Download(() -> {
                    Organisation.Logo logo = settings.organisation().logo();
                    return logo == null ? new byte[0] : logo.content();
                }, "PNG"),
                // "Download my data" exports the signed-in person's own data; here: Aino's, asked by each viewpoint
                "fi/polku/accounts/ui/AccountView.java",
                new Download(() -> {
                    var zip = new java.io.ByteArrayOutputStream();
                    try {
                        privacy.export(aino, zip);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return zip.toByteArray();
                }, "account.json"));
    }

    ViewProbe.Seen fetch(String file) {
        Download d = downloads.get(file);
        if (d == null) {
            throw new AssertionError("download " + file + " has no probe: add the call its handler makes to DownloadProbe");
        }
        try {
            byte[] bytes = d.fetch().get();
            boolean marked = new String(bytes, StandardCharsets.ISO_8859_1).contains(d.marker());
            return new ViewProbe.Seen(marked ? Outcome.OK : Outcome.REFUSED, bytes.length + " bytes", false);
        } catch (RuntimeException refused) {
            return new ViewProbe.Seen(Outcome.DENIED, ViewProbe.rootCause(refused), false);
        }
    }

    /** Source files under src/main/java that build a download handler or stream resource. */
    static Set<String> discover() throws IOException {
        Path root = Path.of("src/main/java");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(p);
                // any use of the type counts: a factory call, a lambda returned as one, an implementation
                if (source.contains("import com.vaadin.flow.server.streams.DownloadHandler;")
                        || source.contains("new StreamResource(")) {
                    found.add(root.relativize(p).toString().replace('\\', '/'));
                }
            }
        }
        return found;
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
