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
import java.util.List;

/** Decides when a submission is assessed, and what its author may see of the feedback. */
@Component
class AssessmentCheck {

    private final SubmissionRepository submissions;
    private final ReviewRepository reviews;
    private final TrainerFeedbackRepository trainerFeedback;
    private final SubmissionViews views;
    private final Assignments assignments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentCheck(SubmissionRepository submissions, ReviewRepository reviews, TrainerFeedbackRepository trainerFeedback,
                    SubmissionViews views, Assignments assignments, ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.trainerFeedback = trainerFeedback;
        this.views = views;
        this.assignments = assignments;
        this.events = events;
        this.clock = clock;
    }

    private List<Review> counted(Submission s) {
        return reviews.findBySubmissionId(s.id()).stream().filter(r -> r.completedAt() != null && !r.hidden()).toList();
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

    /** Relaxation is a matter of time: look again every hour at submissions still waiting. */
    @Scheduled(fixedDelayString = "${polku.review.sweep:PT1H}", initialDelayString = "${polku.review.sweep:PT1H}")
    @Transactional
    void sweep() {
        submissions.findAll().stream().filter(s -> s.status() == Submission.Status.SUBMITTED && s.assessedAt() == null)
                .forEach(s -> check(s, assignments.of(s.courseId(), s.lessonId())));
    }
}
