package fi.polku.peerreview.internal;

import fi.polku.accounts.UserId;
import fi.polku.content.LessonDetails;
import fi.polku.peerreview.SubmissionAssessed;
import fi.polku.peerreview.Views;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Decides when a submission is assessed, and what its author may see of the feedback. */
@Component
class AssessmentCheck {

    private final SubmissionRepository submissions;
    private final ReviewRepository reviews;
    private final TrainerFeedbackRepository trainerFeedback;
    private final SubmissionViews views;
    private final Assignments assignments;
    private final ApplicationEventPublisher events;
    private final Nudges nudges;
    private final Clock clock;

    AssessmentCheck(SubmissionRepository submissions, ReviewRepository reviews, TrainerFeedbackRepository trainerFeedback,
                    SubmissionViews views, Assignments assignments, ApplicationEventPublisher events, Nudges nudges,
                    Clock clock) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.trainerFeedback = trainerFeedback;
        this.views = views;
        this.assignments = assignments;
        this.events = events;
        this.nudges = nudges;
        this.clock = clock;
    }

    private List<Review> counted(Submission s) {
        return reviews.findBySubmissionId(s.id()).stream().filter(r -> r.completedAt() != null && !r.hidden()).toList();
    }

    int counted(Submission s, LessonDetails.Assignment rules) {
        return counted(s).size();
    }

    /** The same count from the submission's reviews read beforehand (lists read them for many submissions at once). */
    int counted(List<Review> reviewsOfSubmission) {
        return (int) reviewsOfSubmission.stream().filter(r -> r.completedAt() != null && !r.hidden()).count();
    }

    /**
     * When a submission short of reviews goes to the top of the facilitators' queue, or null when
     * it has what it needs, is assessed or escalation is off.
     */
    @org.jspecify.annotations.Nullable
    Instant escalatedAt(Submission s, LessonDetails.Assignment rules) {
        return escalatedAt(s, rules, counted(s).size());
    }

    @org.jspecify.annotations.Nullable
    Instant escalatedAt(Submission s, LessonDetails.Assignment rules, int counted) {
        int after = rules.nobodyWaits().escalateAfterDays();
        if (after == 0 || s.submittedAt() == null || s.assessedAt() != null || counted >= needed(s, rules)) {
            return null;
        }
        Instant at = s.submittedAt().plus(Duration.ofDays(after));
        return at.isAfter(clock.instant()) ? null : at;
    }

    int needed(Submission s, LessonDetails.Assignment rules) {
        return s.reviewsNeeded(rules.reviewsRequired(), Duration.ofDays(rules.relaxAfterDays()), clock.instant());
    }

    /** Marks the submission assessed (once) when it has the reviews it needs. */
    void check(Submission s, LessonDetails.Assignment rules) {
        if (s.assessedAt() == null && s.status() == Submission.Status.SUBMITTED && counted(s).size() >= needed(s, rules)) {
            assess(s, null);
        }
    }

    void assess(Submission s, @org.jspecify.annotations.Nullable String overrideReason) {
        Instant now = clock.instant();
        if (s.markAssessed(now, overrideReason)) {
            submissions.save(s);
            events.publishEvent(new SubmissionAssessed(new UserId(s.authorId()), s.courseId(), s.lessonId(), now,
                    overrideReason != null));
        }
    }

    Views.Feedback feedbackFor(Submission s, LessonDetails.Assignment rules, boolean gaveReviews, boolean named) {
        List<Review> counted = counted(s);
        int needed = needed(s, rules);
        boolean visible = s.overrideReason() != null || (gaveReviews && counted.size() >= needed);
        List<Views.TrainerNote> notes = trainerFeedback.findBySubmissionIdOrderByCreatedAt(s.id()).stream()
                .map(t -> new Views.TrainerNote(t.authorName(), t.createdAt(), t.body())).toList();
        return new Views.Feedback(visible, counted.size(), needed,
                visible ? views.reviews(counted, named) : List.of(),
                visible ? Grades.medians(rules.rubric().stream().map(LessonDetails.Criterion::id).toList(),
                        counted.stream().map(Review::levels).toList()) : java.util.Map.of(),
                notes);
    }

    /**
     * Relaxation is a matter of time: look again every hour at submissions still waiting. The same
     * sweep sends the reminders that have come due and invites bonus reviewers to what still waits.
     */
    @Scheduled(fixedDelayString = "${polku.review.sweep:PT1H}", initialDelayString = "${polku.review.sweep:PT1H}")
    @Transactional
    void sweep() {
        Map<String, Optional<LessonDetails.Assignment>> rules = new HashMap<>();
        Function<Submission, Optional<LessonDetails.Assignment>> rulesOf = s -> rules.computeIfAbsent(
                s.courseId() + "/" + s.lessonId(), k -> assignments.find(s.courseId(), s.lessonId()));
        List<Submission> waiting = new ArrayList<>();
        for (Submission s : submissions.findByStatusAndAssessedAtIsNull(Submission.Status.SUBMITTED)) {
            rulesOf.apply(s).ifPresent(r -> {
                check(s, r);
                if (s.assessedAt() == null) {
                    waiting.add(s);
                }
            });
        }
        nudges.remind(rulesOf);
        nudges.invite(waiting, rulesOf);
    }
}
