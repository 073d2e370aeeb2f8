package fi.polku.peerreview.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.peerreview.PeerReviewException;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import fi.polku.support.HostileFiles;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile files sent as project attachments, through the real service, database and file store:
 * every one is refused with its own message, and leaves no row and no file behind.
 */
@SpringBootTest(properties = {"polku.content.dir=src/test/resources/content-learning",
        "polku.attachments.dir=target/hostile-attachments"})
class HostileAttachmentsTest {

    static final String COURSE = "review";
    static final String LESSON = "report";

    @Autowired PeerReviews peerReviews;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired AttachmentRepository rows;
    @Value("${polku.attachments.dir}") Path store;

    @BeforeEach
    void learnerWritingADraft() {
        SignIn.as(users, security, "kaisa@polku.local");
        CohortSummary cohort = cohorts.create(new NewCohort(COURSE, "Vihamieliset " + UUID.randomUUID(),
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(60), null, null));
        String email = "h-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration("Åsa Äijälä", email, "a-long-password", Locale.of("fi")));
        SignIn.as(users, security, email);
        learning.enrol(cohort.id(), "");
        peerReviews.saveDraft(COURSE, LESSON, "Robotiikkaa alakoulussa", "Oppilaat rakensivat **kaksi** robottia.");
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    @Test
    void everyHostileFileIsRefusedWithItsOwnMessageAndLeavesNothingBehind() throws IOException {
        Map<String, String> refusedAs = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ohjelma.pdf", HostileFiles.exe());
        files.put("sivu.png", HostileFiles.html());
        files.put("ohjelma.docx", HostileFiles.exe());
        files.put("sivu.docx", HostileFiles.html());
        files.put("arkisto.docx", HostileFiles.zip(Map.of("a.txt", "ei wordia".getBytes(StandardCharsets.UTF_8))));
        files.put("pommi.docx", HostileFiles.docxBomb(100));
        files.put("sisäkkäin.docx", HostileFiles.docxWithNestedZip());
        files.put("tulva.png", HostileFiles.pngClaiming(50_000, 50_000));
        files.put("tulva.jpg", HostileFiles.jpegClaiming(60_000, 60_000));
        files.put("tulva.webp", HostileFiles.webpClaiming(50_000, 50_000));
        long filesBefore = storedFiles();
        long rowsBefore = rows.count();

        files.forEach((name, bytes) -> refusedAs.put(name, refusal(name, bytes.length, new ByteArrayInputStream(bytes))));
        // The browser says 100 bytes; the stream goes on: cut off at the limit while streaming.
        refusedAs.put("valehtelija.pdf", refusal("valehtelija.pdf", 100, new PdfThenZeros(5L * 1024 * 1024 * 1024)));
        refusedAs.put("iso.pdf", refusal("iso.pdf", 2L * 1024 * 1024, new ByteArrayInputStream(new byte[10])));

        assertThat(refusedAs).containsExactly(
                Map.entry("ohjelma.pdf", "attachment.wrong-type"),
                Map.entry("sivu.png", "attachment.wrong-type"),
                Map.entry("ohjelma.docx", "attachment.wrong-type"),
                Map.entry("sivu.docx", "attachment.wrong-type"),
                Map.entry("arkisto.docx", "attachment.wrong-type"),
                Map.entry("pommi.docx", "upload.archive-ratio"),
                Map.entry("sisäkkäin.docx", "upload.archive-nested"),
                Map.entry("tulva.png", "upload.image-too-many-pixels"),
                Map.entry("tulva.jpg", "upload.image-too-many-pixels"),
                Map.entry("tulva.webp", "upload.image-too-many-pixels"),
                Map.entry("valehtelija.pdf", "attachment.too-large"),
                Map.entry("iso.pdf", "attachment.too-large"));
        System.out.println("hostile attachments refused: " + refusedAs.size() + " of " + refusedAs.size());
        assertThat(storedFiles()).as("no file left on disk, not even a partial one").isEqualTo(filesBefore);
        assertThat(rows.count()).isEqualTo(rowsBefore);
        Views.Submission draft = peerReviews.mine(COURSE, LESSON).submission().orElseThrow();
        assertThat(draft.attachments()).isEmpty();
        assertThat(draft.title()).as("a refused file loses nothing typed").isEqualTo("Robotiikkaa alakoulussa");
        assertThat(draft.text()).isEqualTo("Oppilaat rakensivat **kaksi** robottia.");
    }

    @Test
    void realOfficeFilesAndPhotosAreStillAccepted() {
        assertThat(peerReviews.attach(COURSE, LESSON, "Kaavio.docx", 0,
                new ByteArrayInputStream(HostileFiles.docx(Map.of("word/embeddings/Kaavio.xlsx",
                        HostileFiles.zip(Map.of("[Content_Types].xml", new byte[10]))))))
                .mediaType()).endsWith("wordprocessingml.document");
        assertThat(peerReviews.attach(COURSE, LESSON, "luokka.jpg", 0,
                new ByteArrayInputStream(HostileFiles.image("jpeg", 1600, 1200))).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void trickyNamesAreShownCleanedKeepTheirLettersAndNeverBecomeAPath() throws IOException {
        List<String> names = List.of("../../etc/passwd.pdf", "..\\..\\x.pdf", "/var/lib/polku/raportti.pdf",
                "C:\\fakepath\\työ.pdf", "nul\u0000byte.pdf", "rivi\r\nvaihto.pdf", "kuva\u202Efdp.exe.pdf",
                "ä".repeat(400) + ".pdf", "Äänekosken hanke – Åbo & Öja.pdf");
        List<String> shown = names.stream().map(name -> peerReviews.attach(COURSE, LESSON, name, 40,
                new ByteArrayInputStream(pdf())).fileName()).toList();

        assertThat(shown).containsExactly("passwd.pdf", "x.pdf", "raportti.pdf", "työ.pdf", "nul_byte.pdf",
                "rivi__vaihto.pdf", "kuva_fdp.exe.pdf", "ä".repeat(116) + ".pdf", "Äänekosken hanke - Åbo _ Öja.pdf");
        try (Stream<Path> files = Files.walk(store)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> store.relativize(p).toString()))
                    .as("stored under generated keys only")
                    .allMatch(p -> p.matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}"));
        }
        assertThat(Files.exists(Path.of("/etc/passwd.pdf"))).isFalse();
        Views.AttachmentInfo last = peerReviews.mine(COURSE, LESSON).submission().orElseThrow().attachments().getLast();
        assertThat(peerReviews.download(last.id()).fileName()).isEqualTo("Äänekosken hanke - Åbo _ Öja.pdf");
    }

    private String refusal(String name, long declared, InputStream content) {
        try {
            peerReviews.attach(COURSE, LESSON, name, declared, content);
        } catch (PeerReviewException refused) {
            assertThat(refused.field()).isEqualTo("attachments");
            return refused.messageKey();
        }
        return "accepted";
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    private long storedFiles() throws IOException {
        if (!Files.exists(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** A PDF header, then zeros without end (up to {@code length}): a client that lies about its size. */
    private static final class PdfThenZeros extends InputStream {
        private final byte[] head = pdf();
        private final long length;
        private long at;

        PdfThenZeros(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (at >= length) {
                return -1;
            }
            return at < head.length ? head[(int) at++] : (int) (0 * at++);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - at);
            for (int i = 0; i < n; i++) {
                b[off + i] = at < head.length ? head[(int) at] : 0;
                at++;
            }
            return n;
        }
    }
}
