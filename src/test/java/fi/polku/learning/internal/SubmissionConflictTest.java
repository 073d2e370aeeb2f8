package fi.polku.learning.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.peerreview.PeerReviews;
import fi.polku.shared.DisplayZone;
import fi.polku.support.RowCollision;
import fi.polku.support.SignIn;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submitted project report completes its lesson even when someone else writes the learner's
 * enrolment at the same moment (the learner marking a lesson done in another tab): a real
 * optimistic-locking conflict in the database, made by {@link RowCollision}.
 */
@SpringBootTest(properties = "polku.content.dir=src/test/resources/content-learning")
class SubmissionConflictTest {

    static final String COURSE = "review";
    static final String LESSON = "report";

    @Autowired PeerReviews peerReviews;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    @Test
    void theReportsLessonIsDoneAfterAConflictingWriteToTheEnrolment() throws Exception {
        SignIn.as(users, security, "kaisa@polku.local");
        LocalDate today = LocalDate.now(DisplayZone.get());
        CohortSummary cohort = cohorts.create(new NewCohort(COURSE, "Kilpa " + UUID.randomUUID(), today.minusDays(1),
                today.plusDays(60), null, null));
        String email = "k-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration("Säde Öhman", email, "a-long-password", Locale.of("fi")));
        SignIn.as(users, security, email);
        learning.enrol(cohort.id(), "");
        peerReviews.saveDraft(COURSE, LESSON, "Äänestys luokassa", "Oppilaat **äänestivät** aiheen.");
        UUID learner = accounts.findByEmail(email).orElseThrow().id().value();
        UUID enrolment = jdbc.sql("select id from enrolments where user_id = ? and course_id = ?")
                .params(learner, COURSE).query(UUID.class).single();
        long versionBefore = version(enrolment);

        RowCollision.onVersionOf("enrolments", enrolment, dataSource, () -> peerReviews.submit(COURSE, LESSON));

        Awaitility.await("the report's lesson done").atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from lesson_progress where enrolment_id = ? and lesson_id = ?")
                        .params(enrolment, LESSON).query(Long.class).single() == 1);
        assertThat(version(enrolment)).as("the other writer's change and the listener's, one after the other")
                .isEqualTo(versionBefore + 2);
        Awaitility.await("none of her events left unfinished").atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null "
                                + "and serialized_event like ?")
                        .params("%" + learner + "%").query(Long.class).single() == 0);
        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is not null "
                        + "and serialized_event like ? and listener_id like '%PeerReviewBridge.on(%SubmissionSubmitted)'")
                .params("%" + learner + "%").query(Long.class).single())
                .as("the registry kept the listener's publication and marked it done").isOne();
    }

    private long version(UUID enrolment) {
        return jdbc.sql("select version from enrolments where id = ?").params(enrolment).query(Long.class).single();
    }
}
