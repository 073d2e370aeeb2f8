package fi.polku.bench;

import fi.polku.community.Discussions;
import fi.polku.community.Gallery;
import fi.polku.content.CourseCatalog;
import fi.polku.content.LessonSummary;
import fi.polku.learning.CohortId;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.peerreview.Moderation;
import fi.polku.peerreview.PeerReviews;
import fi.polku.support.SignIn;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The N+1 check of issue #10: the heaviest views' service calls run the same number of SQL
 * statements for a cohort of 30 learners as for one of 60, and stay under a stated bound. Counts
 * statements, not time, so it is deterministic on a busy machine.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCountTest {

    static final String COURSE = LearningSeed.COURSE;
    static final String DISCUSSED = "innovation-education";
    static final String ASSIGNMENT = "project-report";
    static final int SMALL = 30;
    static final int LARGE = 60;

    @Autowired JdbcTemplate jdbc;
    @Autowired CourseCatalog catalog;
    @Autowired EntityManagerFactory entityManagers;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Moderation moderation;
    @Autowired PeerReviews peerReviews;
    @Autowired Discussions discussions;
    @Autowired Gallery gallery;

    CohortId small;
    CohortId large;

    @BeforeAll
    void twoCohortsThatDidEverything() {
        LearningSeed seed = new LearningSeed(jdbc);
        List<String> lessons = catalog.course(COURSE, Locale.ENGLISH).orElseThrow().lessons().stream()
                .map(LessonSummary::id).toList();
        small = new CohortId(seed.finishedCohort("Small", "small", SMALL, lessons));
        large = new CohortId(seed.finishedCohort("Large", "large", LARGE, lessons));
        for (String learner : LearningSeed.emails("small", SMALL)) {
            participate(learner, small);
        }
        for (String learner : LearningSeed.emails("large", LARGE)) {
            participate(learner, large);
        }
    }

    @BeforeEach
    void facilitator() {
        SignIn.as(users, security, LearningSeed.FACILITATOR);
    }

    /** A thread in the lesson's discussion, a story in the gallery and a submitted project report. */
    private void participate(String learner, CohortId cohort) {
        SignIn.as(users, security, learner);
        discussions.startThread(COURSE, DISCUSSED, cohort, "What worked in my class, by " + learner);
        gallery.publishStory(COURSE, new Gallery.Form("A story by " + learner, "Pupils built a weather station.",
                Map.of(), Gallery.Visibility.COHORT));
        peerReviews.saveDraft(COURSE, ASSIGNMENT, "Report by " + learner, "What we did and what we learned.");
        peerReviews.submit(COURSE, ASSIGNMENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    @AfterAll
    void noSignedInLeftover() {
        SignIn.out(security);
    }

    @Test
    void facilitatorsCohortViewRunsTheSameStatementsForThirtyAndSixtyLearners() {
        assertThat(cohorts.rows(small)).hasSize(SMALL);
        assertThat(cohorts.rows(large)).hasSize(LARGE);
        assertSameAndAtMost("cohort view", 40, () -> cohorts.rows(small), () -> cohorts.rows(large));
    }

    @Test
    void progressChartRunsTheSameStatementsForThirtyAndSixtyLearners() {
        assertSameAndAtMost("progress chart", 10, () -> cohorts.progressByDay(small), () -> cohorts.progressByDay(large));
    }

    @Test
    void csvExportRunsTheSameStatementsForThirtyAndSixtyLearners() {
        assertSameAndAtMost("CSV export", 40, () -> cohorts.exportCsv(small, Locale.ENGLISH), () -> cohorts.exportCsv(large, Locale.ENGLISH));
    }

    @Test
    void learnersCourseProgressRunsTheSameStatementsInEitherCohort() {
        long inSmall = statementsAs("small0001@bench.polku.local", () -> learning.myCourses());
        long inLarge = statementsAs("large0001@bench.polku.local", () -> learning.myCourses());
        System.out.printf("[QueryCountTest] learner's courses: %d statements%n", inLarge);
        assertThat(inLarge).isEqualTo(inSmall).isLessThanOrEqualTo(15);
    }

    @Test
    void discussionPanelRunsTheSameStatementsForThirtyAndSixtyThreads() {
        assertThat(discussions.board(COURSE, DISCUSSED, Optional.of(small)).orElseThrow().threads()).hasSize(SMALL);
        assertThat(discussions.board(COURSE, DISCUSSED, Optional.of(large)).orElseThrow().threads()).hasSize(LARGE);
        assertSameAndAtMost("discussion panel", 20, () -> discussions.board(COURSE, DISCUSSED, Optional.of(small)),
                () -> discussions.board(COURSE, DISCUSSED, Optional.of(large)));
    }

    @Test
    void galleryListRunsTheSameStatementsForThirtyAndSixtyStories() {
        Supplier<Gallery.Listing> list = () -> gallery.list(COURSE, Gallery.Filter.none());
        assertThat(as("small0001@bench.polku.local", list).cards()).hasSize(SMALL);
        long inSmall = statementsAs("small0001@bench.polku.local", list);
        long inLarge = statementsAs("large0001@bench.polku.local", list);
        System.out.printf("[QueryCountTest] gallery list: %d statements for %d stories, %d for %d%n", inSmall, SMALL,
                inLarge, LARGE);
        assertThat(inLarge).as("statements for %d stories vs %d", LARGE, SMALL).isEqualTo(inSmall).isLessThanOrEqualTo(20);
    }

    @Test
    void moderationQueueRunsTheSameStatementsForThirtyAndSixtyWaitingSubmissions() {
        try {
            onlySubmittedIn(small);
            assertThat(moderation.queue().waiting()).hasSize(SMALL);
            long thirty = statements(() -> moderation.queue());
            onlySubmittedIn(large);
            assertThat(moderation.queue().waiting()).hasSize(LARGE);
            long sixty = statements(() -> moderation.queue());
            System.out.printf("[QueryCountTest] moderation queue: %d statements with %d waiting, %d with %d%n",
                    thirty, SMALL, sixty, LARGE);
            assertThat(sixty).isEqualTo(thirty).isLessThanOrEqualTo(15);
        } finally {
            jdbc.update("update submissions set status = 'SUBMITTED' where status = 'DRAFT'");
        }
    }

    /** Turns the other cohort's reports back into drafts, so the facilitator's queue holds one cohort's. */
    private void onlySubmittedIn(CohortId cohort) {
        jdbc.update("update submissions set status = 'SUBMITTED' where status = 'DRAFT'");
        jdbc.update("update submissions set status = 'DRAFT' where author_id not in "
                + "(select e.user_id from enrolments e where e.cohort_id = ?)", cohort.value());
    }

    private void assertSameAndAtMost(String view, long bound, Supplier<?> withThirty, Supplier<?> withSixty) {
        long thirty = statements(withThirty);
        long sixty = statements(withSixty);
        System.out.printf("[QueryCountTest] %s: %d statements with %d learners, %d with %d%n", view, thirty, SMALL, sixty, LARGE);
        assertThat(sixty).as("statements for %d learners vs %d", LARGE, SMALL).isEqualTo(thirty);
        assertThat(thirty).isLessThanOrEqualTo(bound);
    }

    private <T> T as(String email, Supplier<T> call) {
        SignIn.as(users, security, email);
        return call.get();
    }

    private long statementsAs(String email, Supplier<?> call) {
        SignIn.as(users, security, email);
        return statements(call);
    }

    private long statements(Supplier<?> call) {
        Statistics stats = entityManagers.unwrap(SessionFactory.class).getStatistics();
        // once to warm what is read once per application (caches filled on first use, whichever test
        // runs first): the count that matters is the steady one a page view costs
        call.get();
        stats.clear();
        call.get();
        return stats.getPrepareStatementCount();
    }
}
