package fi.polku.peerreview.internal;

import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.content.LessonDetails;
import fi.polku.peerreview.FeedbackReceived;
import fi.polku.peerreview.Moderation;
import fi.polku.peerreview.PeerReviewException;
import fi.polku.peerreview.ReviewCircle;
import fi.polku.peerreview.Views;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
class ModerationService implements Moderation {

    private final CurrentUser currentUser;
    private final SubmissionRepository submissions;
    private final ReviewRepository reviews;
    private final ReviewFlagRepository flags;
    private final TrainerFeedbackRepository trainerFeedback;
    private final ModerationEventRepository history;
    private final ReviewCircle circle;
    private final Assignments assignments;
    private final SubmissionViews views;
    private final AssessmentCheck assessment;
    private final ReviewAllocator allocator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(CurrentUser currentUser, SubmissionRepository submissions, ReviewRepository reviews,
                      ReviewFlagRepository flags, TrainerFeedbackRepository trainerFeedback,
                      ModerationEventRepository history, ReviewCircle circle, Assignments assignments,
                      SubmissionViews views, AssessmentCheck assessment, ReviewAllocator allocator,
                      ApplicationEventPublisher events, Clock clock) {
        this.currentUser = currentUser;
        this.submissions = submissions;
        this.reviews = reviews;
        this.flags = flags;
        this.trainerFeedback = trainerFeedback;
        this.history = history;
        this.circle = circle;
        this.assignments = assignments;
        this.views = views;
        this.assessment = assessment;
        this.allocator = allocator;
        this.events = events;
        this.clock = clock;
    }

    private UserAccount me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private Submission mine(UUID submissionId) {
        Submission s = submissions.findById(submissionId).orElseThrow(() -> new AccessDeniedException("No such submission"));
        if (!circle.facilitates(me().id(), s.poolId())) {
            throw new AccessDeniedException("Not a facilitator of this learner");
        }
        return s;
    }

    @Override
    public Views.Queue queue() {
        UserAccount me = me();
        // Everything the queue shows is read in a few queries up front: it once ran five per submission.
        List<Submission> all = submissions.findByStatus(Submission.Status.SUBMITTED);
        Map<String, Long> submittedPerPool = all.stream()
                .collect(Collectors.groupingBy(ModerationService::poolKey, Collectors.counting()));
        Map<String, Boolean> facilitated = new HashMap<>();
        List<Submission> submitted = all.stream()
                .filter(s -> facilitated.computeIfAbsent(s.poolId(), pool -> circle.facilitates(me.id(), pool))).toList();
        Map<UUID, Submission> byId = submitted.stream().collect(Collectors.toMap(Submission::id, s -> s));
        Map<UUID, List<Review>> reviewsOf = reviews.findBySubmissionIdIn(byId.keySet()).stream()
                .collect(Collectors.groupingBy(Review::submissionId));
        List<ReviewFlag> open = flags.findByResolvedFalseOrderByCreatedAt();
        Map<UUID, Review> flaggedReviews = reviews.findAllById(open.stream().map(ReviewFlag::reviewId).toList()).stream()
                .collect(Collectors.toMap(Review::id, r -> r));
        Set<UUID> people = new HashSet<>();
        submitted.forEach(s -> people.add(s.authorId()));
        flaggedReviews.values().forEach(r -> people.add(r.reviewerId()));
        Map<UUID, String> names = views.names(people);
        List<Views.Flagged> flagged = new ArrayList<>();
        for (ReviewFlag f : open) {
            Review r = flaggedReviews.get(f.reviewId());
            if (r != null && byId.containsKey(r.submissionId())) {
                flagged.add(new Views.Flagged(f.id(), r.id(), r.submissionId(), f.reason(), f.createdAt(),
                        names.get(r.reviewerId()), names.get(byId.get(r.submissionId()).authorId()), r.hidden()));
            }
        }
        List<Views.Waiting> waiting = new ArrayList<>();
        List<Views.Blocked> blocked = new ArrayList<>();
        List<Views.BonusReviewer> thanks = new ArrayList<>();
        Map<String, Map<UUID, ReviewAllocator.Given>> given = new HashMap<>();
        Map<String, java.util.Optional<LessonDetails.Assignment>> rulesByLesson = new HashMap<>();
        for (Submission s : submitted) {
            LessonDetails.Assignment rules = rulesByLesson.computeIfAbsent(s.courseId() + "/" + s.lessonId(),
                    k -> assignments.find(s.courseId(), s.lessonId())).orElse(null);
            if (rules == null) {
                continue;
            }
            int counted = assessment.counted(reviewsOf.getOrDefault(s.id(), List.of()));
            int needed = assessment.needed(s, rules);
            if (s.assessedAt() == null && counted < needed) {
                Instant escalated = assessment.escalatedAt(s, rules, counted);
                waiting.add(new Views.Waiting(s.id(), names.get(s.authorId()), s.title(), s.submittedAt(), counted, needed,
                        escalated == null ? null
                                : s.submittedAt().plus(Duration.ofDays(rules.nobodyWaits().feedbackWithinDays()))));
            }
            ReviewAllocator.Given mine = given.computeIfAbsent(s.courseId() + "/" + s.lessonId(),
                    k -> allocator.givenPerReviewer(s.courseId(), s.lessonId())).getOrDefault(s.authorId(),
                    ReviewAllocator.Given.NONE);
            int toGive = ReviewAllocator.toGive(rules, submittedPerPool.get(poolKey(s)) - 1);
            if (mine.all() < rules.reviewsToGive() && toGive < rules.reviewsToGive() && mine.all() >= toGive) {
                blocked.add(new Views.Blocked(names.get(s.authorId()), mine.all(), rules.reviewsToGive()));
            }
            if (mine.bonus() > 0) {
                thanks.add(new Views.BonusReviewer(names.get(s.authorId()), mine.bonus()));
            }
        }
        waiting.sort(Comparator.comparing((Views.Waiting w) -> w.serveBy() == null ? Instant.MAX : w.serveBy())
                .thenComparing(Views.Waiting::submittedAt));
        thanks.sort(Comparator.comparingInt(Views.BonusReviewer::bonusReviews).reversed()
                .thenComparing(Views.BonusReviewer::learner));
        return new Views.Queue(flagged, waiting, blocked, thanks);
    }

    private static String poolKey(Submission s) {
        return s.courseId() + "/" + s.lessonId() + "/" + s.poolId();
    }

    @Override
    public Views.Detail submission(UUID submissionId) {
        Submission s = mine(submissionId);
        LessonDetails.Assignment rules = assignments.of(s.courseId(), s.lessonId());
        List<Review> all = reviews.findBySubmissionId(s.id());
        return new Views.Detail(views.submission(s, clock.instant()), views.name(s.authorId()), views.reviews(all, true),
                Grades.medians(rules.rubric().stream().map(LessonDetails.Criterion::id).toList(),
                        all.stream().filter(r -> r.completedAt() != null && !r.hidden()).map(Review::levels).toList()),
                trainerFeedback.findBySubmissionIdOrderByCreatedAt(s.id()).stream()
                        .map(t -> new Views.TrainerNote(t.authorName(), t.createdAt(), t.body())).toList(),
                history.findBySubmissionIdOrderByCreatedAt(s.id()).stream()
                        .map(h -> new Views.HistoryEntry(h.actorName(), h.action(), h.reason(), h.createdAt())).toList(),
                s.overrideReason());
    }

    @Override
    @Transactional
    public void hide(UUID reviewId, String reason) {
        Review r = review(reviewId);
        r.hide();
        submissions.refreshTouched(List.of(r.submissionId()));
        flags.findByReviewId(reviewId).forEach(ReviewFlag::resolve);
        record(r.submissionId(), reviewId, "HIDE", reason(reason));
    }

    @Override
    @Transactional
    public void restore(UUID reviewId, String reason) {
        Review r = review(reviewId);
        r.restore();
        submissions.refreshTouched(List.of(r.submissionId()));
        flags.findByReviewId(reviewId).forEach(ReviewFlag::resolve);
        record(r.submissionId(), reviewId, "RESTORE", reason(reason));
    }

    @Override
    @Transactional
    public void trainerFeedback(UUID submissionId, String text) {
        Submission s = mine(submissionId);
        if (text.isBlank() || text.length() > 20_000) {
            throw new PeerReviewException("feedback", "review.text-required");
        }
        UserAccount me = me();
        trainerFeedback.save(new TrainerFeedback(s.id(), me.id().value(), me.displayName(), text, clock.instant()));
        record(s.id(), null, "TRAINER_FEEDBACK", null);
        events.publishEvent(new FeedbackReceived(new UserId(s.authorId()), s.courseId(), s.lessonId(), true));
    }

    @Override
    @Transactional
    public void override(UUID submissionId, String reason) {
        Submission s = mine(submissionId);
        String why = reason(reason);
        assessment.assess(s, why);
        record(s.id(), null, "OVERRIDE", why);
    }

    @Override
    @Transactional
    public UUID reviewYourself(UUID submissionId) {
        Submission s = mine(submissionId);
        UserAccount me = me();
        UUID id = reviews.findBySubmissionId(s.id()).stream()
                .filter(r -> r.reviewerId().equals(me.id().value()) && r.completedAt() == null).map(Review::id).findFirst()
                .orElseGet(() -> reviews.save(new Review(s.id(), me.id().value(), true, false, clock.instant(),
                        Duration.ofDays(3650))).id());
        submissions.refreshTouched(List.of(s.id()));
        record(s.id(), id, "TRAINER_REVIEW", null);
        return id;
    }

    private Review review(UUID reviewId) {
        Review r = reviews.findById(reviewId).orElseThrow(() -> new AccessDeniedException("No such review"));
        mine(r.submissionId());
        return r;
    }

    private static String reason(String reason) {
        if (reason.isBlank()) {
            throw new PeerReviewException("reason", "review.reason-required");
        }
        return reason.length() > 2000 ? reason.substring(0, 2000) : reason.strip();
    }

    private void record(UUID submissionId, @org.jspecify.annotations.Nullable UUID reviewId, String action,
                        @org.jspecify.annotations.Nullable String reason) {
        UserAccount me = me();
        history.save(new ModerationEvent(submissionId, reviewId, me.id().value(), me.displayName(), action, reason,
                clock.instant()));
    }
}
