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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hands out submissions to review. Allocation in a pool runs under a lock on the pool's row, so two
 * learners asking at the same moment take turns: neither can push a submission past what it needs
 * while another has none, and nobody is handed the same submission twice.
 */
@Component
class ReviewAllocator {

    private final SubmissionRepository submissions;
    private final ReviewRepository reviews;
    private final ReviewPoolRepository pools;
    private final ReviewCircle circle;
    private final Assignments assignments;
    private final Clock clock;
    private final Duration hold;

    ReviewAllocator(SubmissionRepository submissions, ReviewRepository reviews, ReviewPoolRepository pools,
                    ReviewCircle circle, Assignments assignments, Clock clock,
                    @Value("${polku.review.hold:PT24H}") Duration hold) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.pools = pools;
        this.circle = circle;
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
        Set<UUID> ids = reviews.findByReviewerId(reviewer).stream().filter(r -> r.completedAt() != null)
                .filter(r -> !r.byTrainer()).map(Review::submissionId).collect(Collectors.toSet());
        return (int) submissions.findAllById(ids).stream()
                .filter(s -> s.courseId().equals(courseId) && s.lessonId().equals(lessonId)).count();
    }

    /** The quota, never more than there are other submissions in the pool: nobody is blocked by a small cohort. */
    int toGive(Submission own, LessonDetails.Assignment rules) {
        int others = (int) submissions.findByCourseIdAndLessonIdAndPoolIdAndStatus(own.courseId(), own.lessonId(),
                own.poolId(), Submission.Status.SUBMITTED).stream().filter(s -> !s.id().equals(own.id())).count();
        return Math.min(rules.reviewsToGive(), others);
    }

    Optional<UUID> openReview(UUID reviewer, String courseId, String lessonId, Instant now) {
        List<Review> open = reviews.findByReviewerId(reviewer).stream().filter(r -> r.isOpen(now)).toList();
        Set<UUID> ids = open.stream().map(Review::submissionId).collect(Collectors.toSet());
        Set<UUID> here = submissions.findAllById(ids).stream()
                .filter(s -> s.courseId().equals(courseId) && s.lessonId().equals(lessonId))
                .map(Submission::id).collect(Collectors.toSet());
        return open.stream().filter(r -> here.contains(r.submissionId())).map(Review::id).findFirst();
    }

    Optional<UUID> allocate(UserAccount reviewer, String courseId, String lessonId) {
        UUID me = reviewer.id().value();
        Submission own = submissions.findByCourseIdAndLessonIdAndAuthorId(courseId, lessonId, me)
                .filter(s -> s.status() == Submission.Status.SUBMITTED)
                .orElseThrow(() -> new PeerReviewException(null, "review.submit-first"));
        Instant now = clock.instant();
        Optional<UUID> open = openReview(me, courseId, lessonId, now);
        if (open.isPresent()) {
            return open;
        }
        LessonDetails.Assignment rules = assignments.of(courseId, lessonId);
        if (given(me, courseId, lessonId) >= rules.reviewsToGive()) {
            return Optional.empty();
        }
        pools.lock(ReviewPool.key(courseId, lessonId, own.poolId()))
                .orElseThrow(() -> new IllegalStateException("No pool for " + own.poolId()));
        List<Submission> pool = submissions.findByCourseIdAndLessonIdAndPoolIdAndStatus(courseId, lessonId,
                own.poolId(), Submission.Status.SUBMITTED);
        Map<UUID, List<Review>> byId = reviews.findBySubmissionIdIn(pool.stream().map(Submission::id).toList())
                .stream().collect(Collectors.groupingBy(Review::submissionId));
        Set<UserId> mates = circle.sparringMates(reviewer.id(), courseId);
        Duration relax = Duration.ofDays(rules.relaxAfterDays());
        List<AllocationRules.Candidate> candidates = new ArrayList<>();
        for (Submission s : pool) {
            List<Review> its = byId.getOrDefault(s.id(), List.of());
            boolean mine = s.authorId().equals(me) || its.stream().anyMatch(r -> r.reviewerId().equals(me)
                    && (r.completedAt() != null || r.isOpen(now)));
            int active = (int) its.stream().filter(r -> r.isActive(now)).count();
            candidates.add(new AllocationRules.Candidate(s.id(), s.submittedAt(), active,
                    s.reviewsNeeded(rules.reviewsRequired(), relax, now), mates.contains(new UserId(s.authorId())), mine));
        }
        return AllocationRules.next(candidates)
                .map(submissionId -> reviews.save(new Review(submissionId, me, false, now, hold)).id());
    }
}
