package fi.polku.peerreview.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.peerreview.Moderation;
import fi.polku.peerreview.PeerReviewException;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.SubmissionAssessed;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Peer review through its services, on a real database, as real learners and a facilitator. */
@SpringBootTest(properties = {"polku.content.dir=src/test/resources/content-learning",
        "spring.main.allow-bean-definition-overriding=true"})
@RecordApplicationEvents
class PeerReviewServicesTest {

    static final String COURSE = "review";
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

    CohortSummary cohort;
    List<String> learners = new ArrayList<>();

    @BeforeEach
    void cohortOfLearnersWhoSubmitted() {
        SignIn.as(users, security, "kaisa@polku.local");
        cohort = cohorts.create(new NewCohort(COURSE, "Hanke " + UUID.randomUUID(), LocalDate.now(CLOCK).minusDays(1),
                LocalDate.now(CLOCK).plusDays(60), null, null));
        learners.clear();
        for (String name : List.of("Aino", "Bertta", "Celsius", "Doris")) {
            learners.add(submitter(name + " Äijälä"));
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    String submitter(String name) {
        SignIn.out(security);
        String email = "r-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration(name, email, "a-long-password", Locale.of("fi")));
        SignIn.as(users, security, email);
        learning.enrol(cohort.id(), "");
        peerReviews.saveDraft(COURSE, LESSON, name + ": hanke", "Oppilaat **rakensivat** prototyypin.");
        peerReviews.submit(COURSE, LESSON);
        CLOCK.advance(Duration.ofMinutes(1));
        return email;
    }

    UUID request(String learner) {
        SignIn.as(users, security, learner);
        return peerReviews.requestReview(COURSE, LESSON).orElseThrow();
    }

    void review(String learner, UUID reviewId, int level) {
        SignIn.as(users, security, learner);
        peerReviews.submitReview(reviewId, new Views.ReviewForm(Map.of("goal", level, "sharing", level),
                "Selkeä tavoite", "Kokeile oppilaiden itsearviointia", ""));
    }

    String authorOf(UUID reviewId, String asLearner) {
        SignIn.as(users, security, asLearner);
        return peerReviews.task(reviewId).submission().title();
    }

    @Test
    void handsOutTheOldestUnreviewedReportNeverOwnAndKeepsAnOpenOneUntilDone() {
        UUID first = request(learners.get(0));
        assertThat(authorOf(first, learners.get(0))).startsWith("Bertta");
        assertThat(request(learners.get(0))).as("the open review comes back").isEqualTo(first);
        UUID second = request(learners.get(1));
        assertThat(authorOf(second, learners.get(1))).startsWith("Aino");
        UUID third = request(learners.get(2));
        assertThat(authorOf(third, learners.get(2))).as("fewest reviews first").startsWith("Doris");

        review(learners.get(0), first, 3);
        UUID next = request(learners.get(0));
        assertThat(next).isNotEqualTo(first);
        assertThat(authorOf(next, learners.get(0))).startsWith("Celsius");
    }

    /** Requests the next report, reviews it at the level, and says whose it was. */
    String reviewNext(String learner, int level) {
        UUID id = request(learner);
        String title = authorOf(id, learner);
        review(learner, id, level);
        return title;
    }

    @Test
    void anAuthorSeesFeedbackOnlyAfterGivingTheirReviewsAndAnonymously() {
        String aino = learners.get(0);
        assertThat(reviewNext(learners.get(1), 2)).startsWith("Aino");
        assertThat(reviewNext(learners.get(2), 1)).startsWith("Bertta");
        assertThat(reviewNext(learners.get(3), 1)).startsWith("Celsius");
        assertThat(reviewNext(learners.get(2), 1)).as("everyone has one, Doris none").startsWith("Doris");
        assertThat(reviewNext(learners.get(3), 3)).as("all have one: the oldest").startsWith("Aino");
        SignIn.as(users, security, aino);
        Views.MyAssignment mine = peerReviews.mine(COURSE, LESSON);
        assertThat(mine.feedback().reviewsReceived()).isEqualTo(2);
        assertThat(mine.feedback().visible()).as("Aino has not given her reviews").isFalse();
        assertThat(mine.feedback().reviews()).isEmpty();

        review(aino, request(aino), 4);
        review(aino, request(aino), 4);
        mine = peerReviews.mine(COURSE, LESSON);
        assertThat(mine.feedback().visible()).isTrue();
        assertThat(mine.feedback().reviews()).hasSize(2).allSatisfy(r -> assertThat(r.reviewer()).isNull());
        assertThat(mine.feedback().medians()).containsEntry("goal", 2.5);

        SignIn.as(users, security, "kaisa@polku.local");
        UUID ainos = mine.submission().orElseThrow().id();
        assertThat(moderation.submission(ainos).reviews()).extracting(Views.Review::reviewer)
                .allSatisfy(name -> assertThat(name).endsWith("Äijälä"));
    }

    @Test
    void concurrentRequestsNeverHandTheSameReportTwiceNorOverloadOneWhileAnotherHasNone() throws Exception {
        learners.add(submitter("Eemeli Äijälä"));
        learners.add(submitter("Fanni Äijälä"));
        Map<String, UUID> got = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        for (String learner : learners) {
            pool.submit(() -> {
                SignIn.as(users, security, learner);
                start.await();
                peerReviews.requestReview(COURSE, LESSON).ifPresent(id -> got.put(learner, id));
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(got).hasSize(learners.size());
        Map<String, Integer> perReport = new HashMap<>();
        got.forEach((learner, id) -> {
            String title = authorOf(id, learner);
            assertThat(title).doesNotStartWith(nameOf(learner));
            perReport.merge(title, 1, Integer::sum);
        });
        assertThat(perReport.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        assertThat(perReport).hasSizeGreaterThanOrEqualTo(learners.size() - 1);
    }

    private String nameOf(String learner) {
        return accounts.findByEmail(learner).orElseThrow().displayName().split(" ")[0];
    }

    @Test
    void nobodyOpensAnotherLearnersReportOrFileUnlessItWasHandedToThem() {
        SignIn.as(users, security, learners.get(1));
        peerReviews.withdraw(COURSE, LESSON);
        var pdf = peerReviews.attach(COURSE, LESSON, "Äänekosken hanke – raportti.pdf", 40,
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(pdf.fileName()).contains("Äänekosken hanke");
        peerReviews.submit(COURSE, LESSON);

        UUID ainos = request(learners.get(0));
        assertThat(authorOf(ainos, learners.get(0))).startsWith("Celsius");
        request(learners.get(2));
        UUID doris = request(learners.get(3));
        assertThat(authorOf(doris, learners.get(3))).as("Bertta resubmitted last and has none").startsWith("Bertta");

        SignIn.as(users, security, learners.get(3));
        assertThat(peerReviews.download(pdf.id()).fileName()).isEqualTo(pdf.fileName());
        SignIn.as(users, security, learners.get(0));
        assertThatThrownBy(() -> peerReviews.download(pdf.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> peerReviews.task(doris)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> peerReviews.submitReview(doris, new Views.ReviewForm(Map.of("goal", 1, "sharing", 1),
                "x", "y", ""))).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, security, "kaisa@polku.local");
        assertThat(peerReviews.download(pdf.id()).size()).isEqualTo(pdf.size());
    }

    @Test
    void anOversizeOrWronglyTypedFileIsRefusedWithAMessageAndNothingIsStored() throws IOException {
        SignIn.as(users, security, learners.get(2));
        peerReviews.withdraw(COURSE, LESSON);
        long before = storedFiles();
        assertThatThrownBy(() -> peerReviews.attach(COURSE, LESSON, "iso.pdf", 2 * 1024 * 1024,
                new ByteArrayInputStream(new byte[2 * 1024 * 1024])))
                .isInstanceOf(PeerReviewException.class).extracting(e -> ((PeerReviewException) e).messageKey())
                .isEqualTo("attachment.too-large");
        assertThatThrownBy(() -> peerReviews.attach(COURSE, LESSON, "virus.pdf", 10,
                new ByteArrayInputStream("MZ this is not a pdf".getBytes(StandardCharsets.UTF_8))))
                .extracting(e -> ((PeerReviewException) e).messageKey()).isEqualTo("attachment.wrong-type");
        assertThatThrownBy(() -> peerReviews.attach(COURSE, LESSON, "lies.pdf", 10, new ByteArrayInputStream(new byte[3 * 1024 * 1024])))
                .extracting(e -> ((PeerReviewException) e).messageKey()).isIn("attachment.too-large", "attachment.wrong-type");
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(peerReviews.mine(COURSE, LESSON).submission().orElseThrow().attachments()).isEmpty();
    }

    private static long storedFiles() throws IOException {
        Path root = Path.of("target/test-attachments");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aHiddenReviewNoLongerCountsAndAnOverrideAssessesOnceWithItsReasonRecorded() {
        UUID id = request(learners.get(0));
        review(learners.get(0), id, 1);
        SignIn.as(users, security, learners.get(0));
        UUID bertta = peerReviews.task(id).submission().id();

        SignIn.as(users, security, learners.get(1));
        peerReviews.flag(id, "Liian tyly");
        SignIn.as(users, security, "kaisa@polku.local");
        assertThat(moderation.queue().flagged()).extracting(Views.Flagged::reason).contains("Liian tyly");
        moderation.hide(id, "Ei ratkaisukeskeinen");
        assertThat(moderation.queue().flagged()).extracting(Views.Flagged::reviewId).doesNotContain(id);
        assertThat(moderation.queue().waiting()).filteredOn(w -> w.submissionId().equals(bertta))
                .extracting(Views.Waiting::reviews).containsExactly(0);

        moderation.override(bertta, "Esitelty loppuwebinaarissa");
        moderation.override(bertta, "Toistamiseen");
        assertThat(events.stream(SubmissionAssessed.class).filter(e -> e.overridden())).hasSize(1);
        assertThat(moderation.submission(bertta).history()).extracting(Views.HistoryEntry::action)
                .containsExactly("HIDE", "OVERRIDE", "OVERRIDE");
        assertThat(moderation.submission(bertta).overrideReason()).isEqualTo("Esitelty loppuwebinaarissa");
    }

    @Test
    void afterTheRelaxationDaysOneReviewIsEnough() {
        UUID id = request(learners.get(0));
        review(learners.get(0), id, 3);
        SignIn.as(users, security, learners.get(0));
        UUID bertta = peerReviews.task(id).submission().id();
        SignIn.as(users, security, learners.get(1));
        assertThat(peerReviews.mine(COURSE, LESSON).feedback().reviewsNeeded()).isEqualTo(2);

        CLOCK.advance(Duration.ofDays(8));
        assessment.sweep();
        assertThat(peerReviews.mine(COURSE, LESSON).feedback().reviewsNeeded()).isEqualTo(1);
        assertThat(peerReviews.mine(COURSE, LESSON).submission().orElseThrow().assessedAt()).isNotNull();
        assertThat(Optional.of(bertta)).isPresent();
    }

    @Test
    void aReviewNotFinishedWithinTheHoldGoesBackToThePool() {
        UUID held = request(learners.get(0));
        assertThat(authorOf(held, learners.get(0))).startsWith("Bertta");
        SignIn.as(users, security, learners.get(0));
        assertThat(peerReviews.mine(COURSE, LESSON).openReview()).contains(held);

        CLOCK.advance(Duration.ofHours(25));
        assertThat(peerReviews.mine(COURSE, LESSON).openReview()).as("the hold has expired").isEmpty();
        UUID again = request(learners.get(0));
        assertThat(again).isNotEqualTo(held);
        assertThat(authorOf(again, learners.get(0))).as("Bertta's report is free again, and still the oldest")
                .startsWith("Bertta");
    }
}
