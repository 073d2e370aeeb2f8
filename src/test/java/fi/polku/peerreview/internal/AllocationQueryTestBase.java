package fi.polku.peerreview.internal;

import fi.polku.content.LessonDetails.ReviewOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocation counted in the database ranks exactly as {@link AllocationRules} says: on random
 * pools (reviews finished, hidden, held, expired, the reviewer's own; sparring mates; relaxed
 * submissions; a second, shared pool), the query's best few rows lead the rules to the same choice
 * as the rules given every submission, and the shortcut for untouched submissions never disagrees.
 * Subclasses pick H2 or PostgreSQL.
 */
@Transactional
abstract class AllocationQueryTestBase {

    static final Instant NOW = Instant.parse("2027-11-20T12:00:00Z");
    static final int NEED = 2;
    static final Duration RELAX = Duration.ofDays(7);

    @Autowired SubmissionRepository submissions;
    @Autowired ReviewRepository reviews;
    @Autowired TestEntityManager em;

    record Seeded(Submission submission, List<Review> reviews) {
    }

    @Test
    void theQueryAndTheRulesChooseTheSameSubmissionOnRandomPools() {
        Random random = new Random(12);
        int allocated = 0;
        for (int scenario = 0; scenario < 60; scenario++) {
            String course = "c" + scenario;
            UUID me = UUID.randomUUID();
            List<UUID> others = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                others.add(UUID.randomUUID());
            }
            Set<UUID> mates = new TreeSet<>(Set.of(new UUID(0, 0), others.get(0), others.get(1)));
            List<Seeded> own = pool(random, course, "own", me, others.subList(0, 6), others);
            List<Seeded> shared = pool(random, course, "shared", null, others.subList(6, 10), others);
            em.flush();
            em.clear();
            for (ReviewOrder order : ReviewOrder.values()) {
                for (boolean onlyWanting : List.of(false, true)) {
                    List<AllocationRules.Candidate> rows = new ArrayList<>();
                    for (Object[] row : submissions.candidates(course, "l", Set.of("own", "shared"), "own", me, mates, NOW,
                            NOW.minus(RELAX), NEED, 1, onlyWanting ? 1 : 0, order == ReviewOrder.OLDEST_FIRST ? 1 : 0,
                            Submission.Status.SUBMITTED)) {
                        rows.add(new AllocationRules.Candidate((UUID) row[0], (Instant) row[1],
                                ((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                                ((Number) row[4]).intValue() == 1, false));
                    }
                    assertThat(rows).as("at most a few rows leave the database").hasSizeLessThanOrEqualTo(3);
                    List<AllocationRules.Candidate> everything = new ArrayList<>();
                    own.forEach(s -> everything.add(candidate(s, me, mates, onlyWanting)));
                    shared.forEach(s -> everything.add(candidate(s, me, mates, true)));
                    Optional<UUID> expected = AllocationRules.next(everything, order);
                    assertThat(AllocationRules.next(rows, order)).as("scenario %d, %s, only wanting %s", scenario, order,
                            onlyWanting).isEqualTo(expected);
                    if (order == ReviewOrder.FEWEST_FIRST) {
                        List<UUID> untouched = submissions.untouched(course, "l", Set.of("own", "shared"), me, mates, NOW,
                                Submission.Status.SUBMITTED);
                        assertThat(untouched).as("the shortcut, scenario %d", scenario)
                                .allSatisfy(id -> assertThat(Optional.of(id)).isEqualTo(expected));
                        // A single pool (a big cohort): the form H2 can read from the index in order picks the same.
                        List<AllocationRules.Candidate> ownOnly = new ArrayList<>();
                        own.forEach(s -> ownOnly.add(candidate(s, me, mates, onlyWanting)));
                        Optional<UUID> expectedInOwn = AllocationRules.next(ownOnly, order);
                        List<UUID> inOne = submissions.untouchedInOne(course, "l", "own", me, mates, NOW,
                                Submission.Status.SUBMITTED);
                        assertThat(inOne).as("the single-pool shortcut, scenario %d", scenario)
                                .isEqualTo(submissions.untouched(course, "l", Set.of("own"), me, mates, NOW,
                                        Submission.Status.SUBMITTED))
                                .allSatisfy(id -> assertThat(Optional.of(id)).isEqualTo(expectedInOwn));
                    }
                    allocated += expected.isPresent() ? 1 : 0;
                }
            }
        }
        assertThat(allocated).as("most scenarios have something to hand out").isGreaterThan(150);
    }

    /** Every submission in the pool as the rules see it; from a shared pool or for a bonus, only wanting ones count. */
    private static AllocationRules.Candidate candidate(Seeded s, UUID me, Set<UUID> mates, boolean onlyWanting) {
        int active = (int) s.reviews().stream().filter(r -> r.isActive(NOW)).count();
        int needed = s.submission().reviewsNeeded(NEED, RELAX, NOW);
        boolean mine = s.submission().authorId().equals(me) || s.reviews().stream().anyMatch(r ->
                r.reviewerId().equals(me) && (r.completedAt() != null || r.isOpen(NOW)));
        return new AllocationRules.Candidate(s.submission().id(), s.submission().submittedAt(), active, needed,
                mates.contains(s.submission().authorId()), mine || (onlyWanting && active >= needed));
    }

    private List<Seeded> pool(Random random, String course, String pool, UUID me, List<UUID> authors, List<UUID> everyone) {
        List<UUID> all = new ArrayList<>(authors);
        if (me != null) {
            all.add(me);
        }
        List<Seeded> result = new ArrayList<>();
        for (UUID author : all) {
            Instant at = NOW.minus(Duration.ofMinutes(random.nextInt(10 * 24 * 60)));
            Submission s = new Submission(course, "l", pool, author, at);
            s.edit("Raportti", "Teksti");
            s.submit(at, null);
            submissions.save(s);
            List<Review> its = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                UUID reviewer = random.nextInt(5) == 0 && me != null ? me : everyone.get(random.nextInt(everyone.size()));
                Instant allocatedAt = NOW.minus(Duration.ofHours(random.nextInt(60)));
                Review r = new Review(s.id(), reviewer, false, false, allocatedAt, Duration.ofHours(24));
                if (random.nextBoolean()) {
                    r.complete(java.util.Map.of("goal", 3), "Hyvä", "Kokeile", "", allocatedAt.plusSeconds(600));
                    if (random.nextInt(4) == 0) {
                        r.hide();
                    }
                }
                its.add(reviews.save(r));
            }
            submissions.refreshTouched(List.of(s.id())); // as the app does after every change of a review
            result.add(new Seeded(s, its));
        }
        return result;
    }
}
