package fi.polku.peerreview.internal;

import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.content.LessonDetails;
import fi.polku.peerreview.PeerReviewException;
import fi.polku.peerreview.ReviewCircle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Hands out submissions to review. Allocation runs under a lock on the row of every pool it may
 * pick from (taken in key order, so two allocations never wait for each other crosswise): two
 * learners asking at the same moment take turns, neither can push a submission past what it needs
 * while another has none, and nobody is handed the same submission twice. The choice is counted in
 * the database, so a pool of any size costs a few rows.
 */
@Component
class ReviewAllocator {

    /** Stands in for "no sparring mates": an empty IN list is not SQL. */
    private static final UUID NOBODY = new UUID(0, 0);

    private final SubmissionRepository submissions;
    private final ReviewRepository reviews;
    private final ReviewPoolRepository pools;
    private final ReviewCircle circle;
    private final SharedPools sharedPools;
    private final Assignments assignments;
    private final Clock clock;
    private final Duration hold;

    ReviewAllocator(SubmissionRepository submissions, ReviewRepository reviews, ReviewPoolRepository pools,
                    ReviewCircle circle, SharedPools sharedPools, Assignments assignments, Clock clock,
                    @Value("${polku.review.hold:PT24H}") Duration hold) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.pools = pools;
        this.circle = circle;
        this.sharedPools = sharedPools;
        this.assignments = assignments;
        this.clock = clock;
        this.hold = hold;
    }

    void ensurePool(Submission s) {
        String key = ReviewPool.key(s.courseId(), s.lessonId(), s.poolId());
        if (pools.findById(key).isEmpty()) {
            try {
                pools.saveAndFlush(new ReviewPool(key));
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // another submission created it first: fine
            }
        }
    }

    /** Reviews the learner finished for this assignment (their quota counts peer reviews only). */
    int given(UUID reviewer, String courseId, String lessonId) {
        return given(mine(reviewer, courseId, lessonId));
    }

    /**
     * The learner's reviews of this assignment's reports, open or finished, in one query: what
     * {@link #given(List)}, {@link #bonusGiven(List)} and {@link #openReview(List, Instant)} count.
     */
    List<Review> mine(UUID reviewer, String courseId, String lessonId) {
        return reviews.byReviewerFor(reviewer, courseId, lessonId);
    }

    static int given(List<Review> mine) {
        return (int) finished(mine).count();
    }

    /** Of the reviews the learner finished for this assignment, those beyond their quota. */
    static int bonusGiven(List<Review> mine) {
        return (int) finished(mine).filter(Review::bonus).count();
    }

    private static java.util.stream.Stream<Review> finished(List<Review> mine) {
        return mine.stream().filter(r -> r.completedAt() != null).filter(r -> !r.byTrainer());
    }

    /** Reviews a learner finished for an assignment, and how many of those were bonus reviews. */
    record Given(int all, int bonus) {
        static final Given NONE = new Given(0, 0);
    }

    /** Per reviewer, for everyone who gave reviews for the assignment: one query. */
    java.util.Map<UUID, Given> givenPerReviewer(String courseId, String lessonId) {
        java.util.Map<UUID, Given> result = new java.util.HashMap<>();
        for (Object[] row : reviews.givenPerReviewer(courseId, lessonId)) {
            result.put((UUID) row[0], new Given(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return result;
    }

    /** The quota, never more than there are other submissions in the pool: nobody is blocked by a small cohort. */
    int toGive(Submission own, LessonDetails.Assignment rules) {
        // one more than the quota is enough to know the quota can be met, whether or not it holds our own
        List<UUID> some = submissions.someInPool(own.courseId(), own.lessonId(), own.poolId(),
                Submission.Status.SUBMITTED, org.springframework.data.domain.Limit.of(rules.reviewsToGive() + 1));
        return toGive(rules, some.size() - (some.contains(own.id()) ? 1 : 0));
    }

    /** @param others how many other submissions of the pool are submitted */
    static int toGive(LessonDetails.Assignment rules, long others) {
        return (int) Math.min(rules.reviewsToGive(), others);
    }

    static Optional<UUID> openReview(List<Review> mine, Instant now) {
        return mine.stream().filter(r -> r.isOpen(now)).map(Review::id).findFirst();
    }

    /**
     * The pools a learner of this pool may review in: their own and, when their cohort is small,
     * those of the other small cohorts of the course running at the same time (whose waiting
     * submissions only). A big cohort neither shares nor needs to ask which cohorts run alongside.
     */
    Set<String> reachable(String poolId, LessonDetails.Assignment rules) {
        Set<String> result = new TreeSet<>(Set.of(poolId));
        int below = rules.nobodyWaits().sharedPoolBelow();
        if (below > 0 && circle.learnersIn(poolId, below) < below) {
            result.addAll(sharedPools.smallAlongside(poolId, below));
        }
        return result;
    }

    Optional<UUID> allocate(UserAccount reviewer, String courseId, String lessonId) {
        UUID me = reviewer.id().value();
        Submission own = ownSubmitted(me, courseId, lessonId);
        Instant now = clock.instant();
        LessonDetails.Assignment rules = assignments.of(courseId, lessonId);
        Set<String> from = reachable(own.poolId(), rules);
        // Asked before the locks: who is a sparring mate does not depend on what the pool holds,
        // and every query left out of the locked part shortens the queue behind it (issue 10).
        Set<UUID> mates = mates(reviewer.id(), courseId);
        for (String pool : from) {
            boolean exists = pools.lock(ReviewPool.key(courseId, lessonId, pool)).isPresent();
            if (!exists && pool.equals(own.poolId())) {
                throw new IllegalStateException("No pool for " + own.poolId());
            }
        }
        // Only under the pools' locks: the same learner asking twice at once (two tabs, two app
        // instances) must find the first request's review, or hold two and go beyond the quota.
        List<Review> mine = mine(me, courseId, lessonId);
        Optional<UUID> open = openReview(mine, now);
        if (open.isPresent()) {
            return open;
        }
        boolean bonus = given(mine) >= rules.reviewsToGive();
        if (bonus && !rules.nobodyWaits().bonusReviews()) {
            return Optional.empty();
        }
        boolean shortcut = rules.reviewOrder() == LessonDetails.ReviewOrder.FEWEST_FIRST && rules.reviewsRequired() > 0;
        Optional<UUID> untouched = Optional.empty();
        if (shortcut && from.size() == 1) {
            // Holds that ran out since the last allocation go back to untouched first; then, under the
            // pool's lock, every untouched report is a never-touched one: one probe finds the oldest.
            String pool = from.iterator().next();
            submissions.releaseExpired(courseId, lessonId, pool, now, Submission.NEVER, Submission.HELD);
            untouched = submissions.neverTouchedInOne(courseId, lessonId, pool, me, mates, now,
                    Submission.Status.SUBMITTED, Submission.NEVER).stream().findFirst().map(row -> (UUID) row[0]);
        } else if (shortcut) {
            untouched = untouched(courseId, lessonId, from, me, mates, now);
        }
        return untouched.or(() -> AllocationRules.next(candidates(reviewer.id(), own, from, rules, bonus, now, mates),
                        rules.reviewOrder()))
                .map(submissionId -> {
                    UUID review = reviews.save(new Review(submissionId, me, false, bonus, now, hold)).id();
                    submissions.refreshTouched(List.of(submissionId));
                    return review;
                });
    }

    /** The shortcut's pick: the oldest report of the pools nobody reviews, has reviewed or holds. */
    private Optional<UUID> untouched(String courseId, String lessonId, Set<String> from, UUID me, Set<UUID> mates,
                                     Instant now) {
        List<UUID> found = from.size() == 1
                ? submissions.untouchedInOne(courseId, lessonId, from.iterator().next(), me, mates, now,
                        Submission.Status.SUBMITTED)
                : submissions.untouched(courseId, lessonId, from, me, mates, now, Submission.Status.SUBMITTED);
        return found.stream().findFirst();
    }

    private Set<UUID> mates(UserId reviewer, String courseId) {
        Set<UUID> mates = new TreeSet<>(Set.of(NOBODY));
        circle.sparringMates(reviewer, courseId).forEach(m -> mates.add(m.value()));
        return mates;
    }

    /** Whether a learner who finished their quota would be handed a waiting submission now. */
    boolean bonusWaiting(UserId learner, Submission own, LessonDetails.Assignment rules) {
        if (!rules.nobodyWaits().bonusReviews() || own.status() != Submission.Status.SUBMITTED) {
            return false;
        }
        Set<String> from = reachable(own.poolId(), rules);
        Instant now = clock.instant();
        Set<UUID> mates = mates(learner, own.courseId());
        return rules.reviewsRequired() > 0 && untouched(own.courseId(), own.lessonId(), from,
                learner.value(), mates, now).isPresent()
                || !candidates(learner, own, from, rules, true, now, mates).isEmpty();
    }

    private Submission ownSubmitted(UUID me, String courseId, String lessonId) {
        return submissions.findByCourseIdAndLessonIdAndAuthorId(courseId, lessonId, me)
                .filter(s -> s.status() == Submission.Status.SUBMITTED)
                .orElseThrow(() -> new PeerReviewException(null, "review.submit-first"));
    }

    private List<AllocationRules.Candidate> candidates(UserId reviewer, Submission own, Set<String> from,
                                                       LessonDetails.Assignment rules, boolean onlyWanting, Instant now,
                                                       Set<UUID> mates) {
        int need = rules.reviewsRequired();
        List<AllocationRules.Candidate> result = new ArrayList<>();
        for (Object[] row : submissions.candidates(own.courseId(), own.lessonId(), from, own.poolId(),
                reviewer.value(), mates, now, now.minus(Duration.ofDays(rules.relaxAfterDays())), need,
                Math.min(1, need), onlyWanting ? 1 : 0, rules.reviewOrder() == LessonDetails.ReviewOrder.OLDEST_FIRST ? 1 : 0,
                Submission.Status.SUBMITTED)) {
            result.add(new AllocationRules.Candidate((UUID) row[0], (Instant) row[1], ((Number) row[2]).intValue(),
                    ((Number) row[3]).intValue(), ((Number) row[4]).intValue() == 1, false));
        }
        return result;
    }
}
