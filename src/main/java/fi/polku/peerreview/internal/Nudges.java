package fi.polku.peerreview.internal;

import fi.polku.accounts.UserId;
import fi.polku.content.LessonDetails;
import fi.polku.peerreview.BonusReviewInvited;
import fi.polku.peerreview.ReviewReminderDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The sweep's nudges: reminders to authors who still owe reviews, and invitations to learners who
 * gave all theirs to review a submission that waits. Each is recorded as it is published (in the
 * same transaction as the event), so none is sent twice.
 */
@Component
class Nudges {

    /** A waiting submission gets its first invitations after this long: regular reviewers come first. */
    static final Duration INVITE_AFTER = Duration.ofDays(1);
    /** Invitations a day per missing review: enough that someone comes, few enough not to pester. */
    static final int INVITES_PER_MISSING_REVIEW = 2;
    /** A learner is invited at most once a day per assignment. */
    static final Duration INVITE_QUIET = Duration.ofDays(1);

    private final SubmissionRepository submissions;
    private final ReviewRepository reviews;
    private final BonusInvitationRepository invitations;
    private final ReviewAllocator allocator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Nudges(SubmissionRepository submissions, ReviewRepository reviews, BonusInvitationRepository invitations,
           ReviewAllocator allocator, ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.invitations = invitations;
        this.allocator = allocator;
        this.events = events;
        this.clock = clock;
    }

    void remind(Function<Submission, Optional<LessonDetails.Assignment>> rulesOf) {
        Instant now = clock.instant();
        for (Submission s : submissions.findByStatusAndNextReminderAtLessThanEqual(Submission.Status.SUBMITTED, now)) {
            Optional<LessonDetails.Assignment> found = rulesOf.apply(s);
            if (found.isEmpty()) {
                continue;
            }
            LessonDetails.Assignment rules = found.get();
            int given = allocator.given(s.authorId(), s.courseId(), s.lessonId());
            int owed = Math.max(0, allocator.toGive(s, rules) - given);
            int number = s.remind(now, owed, given >= rules.reviewsToGive(), rules.nobodyWaits().reminders(),
                    Duration.ofDays(rules.nobodyWaits().remindEveryDays()));
            if (number > 0) {
                events.publishEvent(new ReviewReminderDue(new UserId(s.authorId()), s.courseId(), s.lessonId(), owed, number));
            }
        }
    }

    /** @param waiting submitted, unassessed submissions */
    void invite(List<Submission> waiting, Function<Submission, Optional<LessonDetails.Assignment>> rulesOf) {
        Instant now = clock.instant();
        Map<String, Map<UUID, ReviewAllocator.Given>> given = new HashMap<>();
        Map<String, List<Submission>> authorsIn = new HashMap<>();
        for (Submission s : waiting.stream().sorted(Comparator.comparing(Submission::submittedAt)).toList()) {
            LessonDetails.Assignment rules = rulesOf.apply(s).orElse(null);
            if (rules == null || !rules.nobodyWaits().bonusReviews() || s.submittedAt().plus(INVITE_AFTER).isAfter(now)) {
                continue;
            }
            List<Review> its = reviews.findBySubmissionId(s.id());
            int missing = needed(s, rules, now) - (int) its.stream().filter(r -> r.isActive(now)).count();
            int room = INVITES_PER_MISSING_REVIEW * missing
                    - (int) invitations.countBySubmissionIdAndInvitedAtAfter(s.id(), now.minus(Duration.ofDays(1)));
            if (missing <= 0 || room <= 0) {
                continue;
            }
            Set<UUID> skip = new HashSet<>(List.of(s.authorId()));
            its.forEach(r -> skip.add(r.reviewerId()));
            invitations.findBySubmissionId(s.id()).forEach(i -> skip.add(i.learnerId()));
            Map<UUID, ReviewAllocator.Given> perReviewer = given.computeIfAbsent(s.courseId() + "/" + s.lessonId(),
                    k -> allocator.givenPerReviewer(s.courseId(), s.lessonId()));
            String poolsKey = s.courseId() + "/" + s.lessonId() + "/" + s.poolId();
            List<UUID> invitees = authorsIn.computeIfAbsent(poolsKey, k -> submissions.findByCourseIdAndLessonIdAndPoolIdInAndStatus(
                            s.courseId(), s.lessonId(), helperPools(s.poolId(), rules), Submission.Status.SUBMITTED))
                    .stream().map(Submission::authorId)
                    .filter(a -> !skip.contains(a))
                    .filter(a -> perReviewer.getOrDefault(a, ReviewAllocator.Given.NONE).all() >= rules.reviewsToGive())
                    .sorted(Comparator.<UUID>comparingInt(a -> perReviewer.get(a).bonus()).thenComparing(a -> a))
                    .filter(a -> !invitations.existsByLearnerIdAndCourseIdAndLessonIdAndInvitedAtAfter(a, s.courseId(),
                            s.lessonId(), now.minus(INVITE_QUIET)))
                    .limit(room).toList();
            for (UUID learner : invitees) {
                invitations.save(new BonusInvitation(s, learner, now));
                events.publishEvent(new BonusReviewInvited(new UserId(learner), s.courseId(), s.lessonId()));
            }
            invitations.flush();
        }
    }

    private static int needed(Submission s, LessonDetails.Assignment rules, Instant now) {
        return s.reviewsNeeded(rules.reviewsRequired(), Duration.ofDays(rules.relaxAfterDays()), now);
    }

    /** The pools whose learners may review this pool's waiting submissions: the same as {@link ReviewAllocator#reachable}. */
    private Set<String> helperPools(String poolId, LessonDetails.Assignment rules) {
        return allocator.reachable(poolId, rules);
    }
}
