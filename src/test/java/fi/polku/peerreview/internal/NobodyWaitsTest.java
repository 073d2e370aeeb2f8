package fi.polku.peerreview.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.learning.CohortId;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.peerreview.BonusReviewInvited;
import fi.polku.peerreview.FeedbackReceived;
import fi.polku.peerreview.Moderation;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.ReviewReminderDue;
import fi.polku.peerreview.Views;
import fi.polku.support.MutableClock;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's mechanisms through the services, on a real database: reminders, bonus reviews and
 * their invitations, escalation to the facilitators, the pool shared with small cohorts, and the
 * feedback events. The assignment: give 2, need 2, small cohorts below 4 learners.
 */
@SpringBootTest(properties = {"polku.content.dir=src/test/resources/content-nobody-waits",
        "spring.main.allow-bean-definition-overriding=true", "polku.review.sweep=PT87600H"})
@RecordApplicationEvents
class NobodyWaitsTest {

    static final String COURSE = "waits";
    static final String LESSON = "report";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-11-01T08:00:00Z"), ZoneId.of("Europe/Helsinki"));

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock clock() {
            return CLOCK;
        }
    }

    @Autowired PeerReviews peerReviews;
    @Autowired Moderation moderation;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired ApplicationEvents events;
    @Autowired AssessmentCheck assessment;

    @BeforeEach
    void aTimeOfItsOwn() {
        // Cohorts of earlier tests have ended by then: no pool is shared across tests.
        CLOCK.advance(Duration.ofDays(100));
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    CohortId cohort(String name) {
        SignIn.as(users, security, "kaisa@polku.local");
        return cohorts.create(new NewCohort(COURSE, name + " " + UUID.randomUUID(), LocalDate.now(CLOCK).minusDays(1),
                LocalDate.now(CLOCK).plusDays(40), null, null)).id();
    }

    String learner(CohortId cohort, String name) {
        String email = "w-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration(name, email, "a-long-password", Locale.of("fi")));
        SignIn.as(users, security, email);
        learning.enrol(cohort, "");
        return email;
    }

    void submit(String learner) {
        SignIn.as(users, security, learner);
        String name = accounts.findByEmail(learner).orElseThrow().displayName();
        peerReviews.saveDraft(COURSE, LESSON, name + ": hanke", "Oppilaat **rakensivat** prototyypin.");
        peerReviews.submit(COURSE, LESSON);
        CLOCK.advance(Duration.ofMinutes(1));
    }

    /** Asks for a report to review, reviews it, and says whose it was. */
    String reviewNext(String learner) {
        Views.ReviewTask task = handedTo(learner);
        peerReviews.submitReview(task.reviewId(),
                new Views.ReviewForm(Map.of("goal", 3), "Selkeä tavoite", "Kokeile vertaisarviota", ""));
        return task.submission().title();
    }

    /** Asks for a report to review and leaves the review open. */
    Views.ReviewTask handedTo(String learner) {
        SignIn.as(users, security, learner);
        return peerReviews.task(peerReviews.requestReview(COURSE, LESSON).orElseThrow());
    }

    Views.MyAssignment mine(String learner) {
        SignIn.as(users, security, learner);
        return peerReviews.mine(COURSE, LESSON);
    }

    UUID idOf(String learner) {
        return accounts.findByEmail(learner).orElseThrow().id().value();
    }

    @Test
    void aLearnerWhoOwesReviewsIsRemindedTwoDaysAfterSubmittingThenEveryTwoDaysAtMostThreeTimes() {
        CohortId c = cohort("Muistutus");
        String aino = learner(c, "Aino Äijälä");
        String bertta = learner(c, "Bertta Öhman");
        String celsius = learner(c, "Celsius Åberg");
        List.of(aino, bertta, celsius).forEach(this::submit);

        CLOCK.advance(Duration.ofDays(1));
        assessment.sweep();
        assertThat(events.stream(ReviewReminderDue.class)).as("not before two days").isEmpty();
        CLOCK.advance(Duration.ofDays(1).plusHours(1));
        assessment.sweep();
        assessment.sweep();
        assertThat(events.stream(ReviewReminderDue.class)).as("once each, however often the sweep runs")
                .extracting(r -> r.learner().value(), ReviewReminderDue::reviewsOwed, ReviewReminderDue::reminderNumber)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(idOf(aino), 2, 1),
                        org.assertj.core.groups.Tuple.tuple(idOf(bertta), 2, 1),
                        org.assertj.core.groups.Tuple.tuple(idOf(celsius), 2, 1));

        reviewNext(aino);
        reviewNext(aino);
        reviewNext(bertta);
        for (int round = 0; round < 4; round++) {
            CLOCK.advance(Duration.ofDays(2));
            assessment.sweep();
        }
        assertThat(events.stream(ReviewReminderDue.class).filter(r -> r.learner().value().equals(idOf(aino))))
                .as("Aino gave her reviews").hasSize(1);
        assertThat(events.stream(ReviewReminderDue.class).filter(r -> r.learner().value().equals(idOf(bertta))))
                .extracting(ReviewReminderDue::reminderNumber, ReviewReminderDue::reviewsOwed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 1),
                        org.assertj.core.groups.Tuple.tuple(3, 1));
        assertThat(events.stream(ReviewReminderDue.class).filter(r -> r.learner().value().equals(idOf(celsius))))
                .as("three at most").hasSize(3);
    }

    @Test
    void aLearnerWhoFinishedTheirQuotaIsInvitedOnceToAWaitingReportAndThankedForTheBonusReview() {
        CohortId c = cohort("Lisäpalaute");
        String aino = learner(c, "Aino Äijälä");
        String bertta = learner(c, "Bertta Öhman");
        String celsius = learner(c, "Celsius Åberg");
        String doris = learner(c, "Doris Ärje");
        List.of(aino, bertta, celsius).forEach(this::submit);
        reviewNext(aino);
        reviewNext(aino);
        assertThat(mine(aino).bonusWaiting()).as("Aino has reviewed every other report").isFalse();

        CLOCK.advance(Duration.ofDays(3));
        submit(doris);
        CLOCK.advance(Duration.ofHours(25));
        assessment.sweep();
        assessment.sweep();
        assertThat(events.stream(BonusReviewInvited.class)).as("only Aino has given all hers; once")
                .extracting(i -> i.learner().value()).containsExactly(idOf(aino));

        assertThat(mine(aino).bonusWaiting()).isTrue();
        assertThat(reviewNext(aino)).startsWith("Doris");
        Views.MyAssignment after = mine(aino);
        assertThat(after.reviewsGiven()).isEqualTo(3);
        assertThat(after.bonusReviews()).isEqualTo(1);
        assertThat(events.stream(FeedbackReceived.class).filter(f -> f.author().value().equals(idOf(doris))))
                .extracting(FeedbackReceived::byTrainer).containsExactly(false);

        SignIn.as(users, security, "kaisa@polku.local");
        assertThat(moderation.queue().bonusReviewers()).contains(new Views.BonusReviewer("Aino Äijälä", 1));
    }

    @Test
    void aReportShortOfReviewsAfterFourDaysTopsTheFacilitatorsQueueAndTheirReviewCounts() {
        CohortId c = cohort("Eskalointi");
        String aino = learner(c, "Aino Äijälä");
        String bertta = learner(c, "Bertta Öhman");
        String celsius = learner(c, "Celsius Åberg");
        submit(aino);
        submit(bertta);
        Instant berttaSubmitted = CLOCK.instant().minus(Duration.ofMinutes(1));
        CLOCK.advance(Duration.ofDays(4).plusHours(1));
        submit(celsius);

        List<UUID> ours = List.of(aino, bertta, celsius).stream()
                .map(l -> mine(l).submission().orElseThrow().id()).toList();
        SignIn.as(users, security, "kaisa@polku.local");
        List<Views.Waiting> queue = moderation.queue().waiting();
        assertThat(queue.stream().dropWhile(Views.Waiting::escalated)).as("escalated reports come first")
                .noneMatch(Views.Waiting::escalated);
        List<Views.Waiting> waiting = queue.stream().filter(w -> ours.contains(w.submissionId())).toList();
        assertThat(waiting).extracting(Views.Waiting::author).containsExactly("Aino Äijälä", "Bertta Öhman", "Celsius Åberg");
        assertThat(waiting).extracting(Views.Waiting::escalated).containsExactly(true, true, false);
        assertThat(waiting.get(1).serveBy()).isEqualTo(berttaSubmitted.plus(Duration.ofDays(8)));

        UUID review = moderation.reviewYourself(waiting.get(1).submissionId());
        peerReviews.submitReview(review, new Views.ReviewForm(Map.of("goal", 2), "Hyvä alku", "Kokeile mittaamista", ""));
        assertThat(moderation.queue().waiting()).filteredOn(w -> w.submissionId().equals(waiting.get(1).submissionId()))
                .extracting(Views.Waiting::reviews).containsExactly(1);
        assertThat(mine(bertta).feedback().reviewsReceived()).isEqualTo(1);
        assertThat(events.stream(FeedbackReceived.class)).extracting(f -> f.author().value(), FeedbackReceived::byTrainer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(idOf(bertta), true));
    }

    @Test
    void smallCohortsRunningAlongsideShareWaitingReportsAndABigCohortNeitherSharesNorBorrows() {
        CohortId big = cohort("Iso");
        String b1 = learner(big, "Iso Yksi");
        for (int i = 2; i <= 4; i++) {
            learner(big, "Iso " + i);
        }
        CohortId small = cohort("Pieni");
        String s1 = learner(small, "Pieni Yksi");
        learner(small, "Pieni Kaksi");
        CohortId other = cohort("Toinen");
        String t1 = learner(other, "Toinen Yksi");
        learner(other, "Toinen Kaksi");
        submit(b1);
        submit(s1);
        submit(t1);

        assertThat(reviewNext(s1)).as("another small cohort's report, though a big one's waits longer").startsWith("Toinen");
        assertThat(reviewNext(t1)).as("and back").startsWith("Pieni");
        SignIn.as(users, security, b1);
        assertThat(peerReviews.requestReview(COURSE, LESSON)).as("a big cohort keeps to itself").isEmpty();
    }

    /**
     * Allocation finds the oldest report nobody reviews or holds from what each report keeps
     * ({@code touched_until}, issue 10). Whatever frees a report again — a review hidden by the
     * facilitator, a hold that ran out, a reviewer's account deleted while holding it — puts it back
     * at the head of the queue; a trainer's own review takes it out. After every step the kept value
     * is also the one the reviews give.
     */
    @Test
    void aReportFreedAgainByHidingExpiryOrErasureIsHandedOutBeforeNewerOnesAndATrainerReviewTakesItOut() {
        CohortId c = cohort("Jono");
        String[] names = {"Aino Äijälä", "Bertta Öhman", "Celsius Åberg", "Daniel Ääri", "Eeva Örn", "Fanni Åman"};
        List<String> learners = new java.util.ArrayList<>();
        for (String name : names) {
            learners.add(learner(c, name));
        }
        learners.forEach(this::submit);
        List<UUID> authors = learners.stream().map(this::idOf).toList();
        String aino = learners.get(0), bertta = learners.get(1), celsius = learners.get(2), daniel = learners.get(3),
                eeva = learners.get(4), fanni = learners.get(5);
        assertTouchedAsReviewsSay();

        Views.ReviewTask first = handedTo(bertta);
        assertThat(first.submission().title()).as("the oldest report").startsWith("Aino");
        peerReviews.submitReview(first.reviewId(), new Views.ReviewForm(Map.of("goal", 3), "Selkeä tavoite", "Kokeile", ""));
        assertTouchedAsReviewsSay();

        SignIn.as(users, security, "kaisa@polku.local");
        moderation.hide(first.reviewId(), "Ei ratkaisukeskeinen");
        assertTouchedAsReviewsSay();
        assertThat(handedTo(celsius).submission().title())
                .as("its only review hidden, Aino's report is untouched again and the oldest").startsWith("Aino");
        assertTouchedAsReviewsSay();

        CLOCK.advance(Duration.ofHours(25)); // Celsius's hold (24 h) runs out unfinished
        assertThat(handedTo(daniel).submission().title())
                .as("the hold ran out: Aino's report is free again, before Bertta's").startsWith("Aino");
        assertTouchedAsReviewsSay();

        privacy.delete(new fi.polku.accounts.UserId(idOf(daniel)));
        assertTouchedAsReviewsSay();
        assertThat(handedTo(eeva).submission().title())
                .as("Daniel's account went while he held it: Aino's report is free again").startsWith("Aino");

        SignIn.as(users, security, "kaisa@polku.local");
        moderation.reviewYourself(submissionOf(bertta));
        assertTouchedAsReviewsSay();
        assertThat(handedTo(fanni).submission().title())
                .as("the trainer is reviewing Bertta's report: the next untouched one is Celsius's").startsWith("Celsius");
        assertTouchedAsReviewsSay();
        // these learners still owe reviews: no reminders for them in the other tests' sweeps
        authors.forEach(a -> jdbc.update("update submissions set next_reminder_at = null where author_id = ?", a));
    }

    @Autowired fi.polku.accounts.Privacy privacy;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    UUID submissionOf(String learner) {
        return jdbc.queryForObject("select id from submissions where author_id = ?", UUID.class, idOf(learner));
    }

    /**
     * Every report's kept {@code touched_until} says what its reviews say now (migration V14's
     * rule): held or reviewed until the same moment, or free (a hold that ran out may be kept as
     * the moment it ran out or, once allocation released it, as never touched).
     */
    void assertTouchedAsReviewsSay() {
        java.time.OffsetDateTime now = CLOCK.instant().atOffset(java.time.ZoneOffset.UTC);
        List<Map<String, Object>> wrong = jdbc.queryForList("""
                select title, touched_until, from_reviews from (
                    select s.title, s.touched_until, coalesce(
                        (select max(case when r.completed_at is null then r.expires_at
                                         when r.hidden = false then timestamp with time zone '9999-01-01 00:00:00+00' end)
                         from reviews r where r.submission_id = s.id),
                        timestamp with time zone '1970-01-01 00:00:00+00') as from_reviews
                    from submissions s) t
                where case when touched_until <= ? then null else touched_until end
                      is distinct from case when from_reviews <= ? then null else from_reviews end""", now, now);
        assertThat(wrong).as("reports whose touched_until differs from their reviews").isEmpty();
    }
}
