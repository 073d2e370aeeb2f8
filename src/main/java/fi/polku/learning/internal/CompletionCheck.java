package fi.polku.learning.internal;

import fi.polku.accounts.UserId;
import fi.polku.content.CourseCatalog;
import fi.polku.content.CourseSummary;
import fi.polku.learning.AssessmentStatus;
import fi.polku.learning.CohortId;
import fi.polku.learning.CourseCompleted;
import fi.polku.learning.LessonCompleted;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;

/**
 * The one place that decides whether a learner has completed a course, and announces it once.
 * Runs inside the caller's transaction, so the event is recorded in the publication registry
 * together with the completion.
 */
@Component
class CompletionCheck {

    private final CourseCatalog catalog;
    private final ObjectProvider<AssessmentStatus> assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompletionCheck(CourseCatalog catalog, ObjectProvider<AssessmentStatus> assessments,
                    ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Marks a lesson done, announces it once and checks the course. Needs no signed-in user: event
     * listeners call it too (a submitted project report completes its lesson).
     */
    void lessonDone(Enrolment enrolment, String lessonId) {
        if (enrolment.complete(lessonId, clock)) {
            events.publishEvent(new LessonCompleted(learner(enrolment), enrolment.courseId(), lessonId, clock.instant()));
        }
        check(enrolment);
    }

    void check(Enrolment enrolment) {
        if (enrolment.completedAt() != null) {
            return;
        }
        CourseSummary course = catalog.course(enrolment.courseId(), Locale.ENGLISH).orElse(null);
        if (course == null) {
            return;
        }
        UserId learner = learner(enrolment);
        boolean assessed = course.completion().assignmentAssessed()
                && assessments.stream().anyMatch(a -> a.isAssessed(learner, course.id()));
        if (ProgressRules.isComplete(course, enrolment.completedLessons(), assessed) && enrolment.completeCourse(clock)) {
            events.publishEvent(new CourseCompleted(learner, course.id(), new CohortId(enrolment.cohortId()),
                    enrolment.completedAt()));
        }
    }

    private static UserId learner(Enrolment enrolment) {
        return new UserId(enrolment.userId());
    }
}
