package fi.polku.peerreview.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.learning.CohortId;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.peerreview.PeerReviewException;
import fi.polku.peerreview.PeerReviews;
import fi.polku.support.SignIn;
import com.vaadin.flow.i18n.I18NProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10: a learner whose request waits too long for the pool's lock (H2 gives up after a
 * 2 s here) is not shown "Unexpected error". On the real H2 database through JPA, another
 * transaction holds the pool's row locked; the request is tried again and either gets a report
 * once the lock is free, or tells the learner, in their language, that many are asking right now
 * — with nothing saved.
 */
@SpringBootTest(properties = "polku.content.dir=src/test/resources/content-nobody-waits")
class AllocationBusyTest {

    static final String COURSE = "waits";
    static final String LESSON = "report";

    @Autowired PeerReviews peerReviews;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired ReviewPoolRepository pools;
    @Autowired SubmissionRepository submissions;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired I18NProvider translations;

    final ExecutorService holders = Executors.newSingleThreadExecutor();

    @AfterEach
    void signOut() {
        SignIn.out(security);
        holders.shutdownNow();
    }

    /** A cohort of four (not shared with others) who have all submitted; returns their e-mails. */
    List<String> cohortWhoSubmitted() {
        SignIn.as(users, security, "kaisa@polku.local");
        CohortId cohort = cohorts.create(new NewCohort(COURSE, "Lukko " + UUID.randomUUID(), LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(40), null, null)).id();
        List<String> names = List.of("Äijälä Aino", "Öhman Bertta", "Åberg Celsius", "Määttä Doris");
        List<String> emails = new java.util.ArrayList<>();
        for (String name : names) {
            String email = "lock-" + UUID.randomUUID() + "@koulu.fi";
            accounts.register(new Registration(name, email, "a-long-password", Locale.of("fi")));
            SignIn.as(users, security, email);
            learning.enrol(cohort, "");
            peerReviews.saveDraft(COURSE, LESSON, name + ": hanke", "Oppilaat rakensivat prototyypin.");
            peerReviews.submit(COURSE, LESSON);
            emails.add(email);
        }
        return emails;
    }

    String poolKey(String email) {
        UUID author = accounts.findByEmail(email).orElseThrow().id().value();
        return ReviewPool.key(COURSE, LESSON,
                submissions.findByCourseIdAndLessonIdAndAuthorId(COURSE, LESSON, author).orElseThrow().poolId());
    }

    /** Another request (another learner, another app instance) holds the pool locked until {@code release}, at most so long. */
    Future<?> holdPool(String key, CountDownLatch locked, CountDownLatch release, long atMostMillis) {
        return holders.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThat(pools.lock(key)).isPresent();
            locked.countDown();
            try {
                release.await(atMostMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    int reviewsOf(String email) {
        return jdbc.queryForObject("select count(*) from reviews where reviewer_id = ?", Integer.class,
                accounts.findByEmail(email).orElseThrow().id().value());
    }

    @Test
    void whileThePoolStaysLockedTheLearnerIsToldManyAreAskingAndNothingIsSaved() throws Exception {
        List<String> learners = cohortWhoSubmitted();
        String bertta = learners.get(1);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = holdPool(poolKey(bertta), locked, release, 60_000);
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            SignIn.as(users, security, bertta);
            long start = System.nanoTime();
            assertThatThrownBy(() -> peerReviews.requestReview(COURSE, LESSON))
                    .isInstanceOfSatisfying(PeerReviewException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("review.busy");
                        assertThat(e.field()).isNull();
                    });
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            // H2 waits two seconds for a lock here: three attempts (the first and two more) wait six.
            assertThat(waitedMillis).as("tried again before giving up").isGreaterThanOrEqualTo(5_500);
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        assertThat(reviewsOf(bertta)).as("nothing half-saved").isZero();
        assertThat(peerReviews.mine(COURSE, LESSON).openReview()).isEmpty();

        // The lock is free again: the same click now hands out a report.
        Optional<UUID> review = peerReviews.requestReview(COURSE, LESSON);
        assertThat(review).isPresent();
        assertThat(reviewsOf(bertta)).isEqualTo(1);
        assertThat(peerReviews.mine(COURSE, LESSON).openReview()).isEqualTo(review);
    }

    @Test
    void whenThePoolIsFreedWhileTheLearnerWaitsTheRetryHandsOutAReport() throws Exception {
        List<String> learners = cohortWhoSubmitted();
        String celsius = learners.get(2);
        CountDownLatch locked = new CountDownLatch(1);
        SignIn.as(users, security, celsius);
        // Held for 2.5 s: longer than H2's lock timeout (2 s here), shorter than three attempts.
        Future<?> holder = holdPool(poolKey(celsius), locked, new CountDownLatch(1), 2_500);
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        Optional<UUID> review = peerReviews.requestReview(COURSE, LESSON);
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        holder.get(30, TimeUnit.SECONDS);

        assertThat(waitedMillis).as("waited for the lock, past one timeout").isGreaterThanOrEqualTo(2_000);
        assertThat(review).isPresent();
        assertThat(reviewsOf(celsius)).as("one review, not one per attempt").isEqualTo(1);
        assertThat(peerReviews.mine(COURSE, LESSON).openReview()).isEqualTo(review);
    }

    @Test
    void theAnswerIsTranslated() {
        assertThat(List.of(Locale.ENGLISH, Locale.of("fi"), Locale.of("sv", "FI")))
                .extracting(l -> translations.getTranslation("review.busy", l))
                .containsExactly("Many learners are asking for a report to review right now. Try again in a moment.",
                        "Juuri nyt moni pyytää arvioitavaa raporttia. Yritä hetken kuluttua uudelleen.",
                        "Många ber om en rapport att ge respons på just nu. Försök igen om en stund.");
    }
}
