package fi.polku.durability;

import fi.polku.certificates.CertificateView;
import fi.polku.certificates.Certificates;
import fi.polku.learning.Learning;
import fi.polku.learning.Plans;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import fi.polku.support.SignIn;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation of the previous release upgrades in place: the app starts on a database made by
 * the V11 schema, Flyway brings it to the latest version, and the app reads every row it had.
 */
abstract class PreviousReleaseUpgrade {

    @Autowired
    Flyway flyway;
    @Autowired
    Learning learning;
    @Autowired
    Plans plans;
    @Autowired
    PeerReviews peerReviews;
    @Autowired
    Certificates certificates;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    @Test
    void migratesToTheLatestVersion() throws Exception {
        String latest = MigrationFilesTest.names().stream().map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                .map(org.flywaydb.core.api.MigrationVersion::fromVersion).max(Comparator.naturalOrder())
                .orElseThrow().getVersion();
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(latest);
        assertThat(flyway.info().applied()).filteredOn(m -> m.getVersion() != null)
                .extracting(m -> m.getVersion().getVersion()).contains(PreviousReleaseRows.PREVIOUS_RELEASE);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theLearnersProgressPlanSubmissionReviewAndCertificateSurvive() {
        SignIn.as(users, security, PreviousReleaseRows.LEARNER);

        var progress = learning.progress(PreviousReleaseRows.COURSE).orElseThrow();
        assertThat(progress.done()).containsExactlyInAnyOrder("welcome", "opening-webinar");
        assertThat(progress.cohortName()).isEqualTo("Syksy 2026");

        var versions = plans.myVersions(PreviousReleaseRows.COURSE, "development-plan");
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.fields()).containsEntry("goal", PreviousReleaseRows.PLAN_GOAL);
        });

        Views.MyAssignment mine = peerReviews.mine(PreviousReleaseRows.COURSE, "project-report");
        assertThat(mine.submission()).get().extracting(Views.Submission::title).isEqualTo(PreviousReleaseRows.TITLE);
        assertThat(mine.feedback().reviewsReceived()).isEqualTo(1);

        assertThat(certificates.mine()).extracting(CertificateView::code).containsExactly(PreviousReleaseRows.CODE);
        assertThat(certificates.verify(PreviousReleaseRows.CODE)).get().satisfies(c -> {
            assertThat(c.learnerName()).isEqualTo("Päivi Äijälä");
            assertThat(c.status()).isEqualTo(CertificateView.Status.VALID);
        });
    }

    @Test
    void theReviewerStillHasTheirReviewCounted() {
        SignIn.as(users, security, PreviousReleaseRows.REVIEWER);
        assertThat(peerReviews.mine(PreviousReleaseRows.COURSE, "project-report").reviewsGiven()).isEqualTo(1);
    }

    static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
