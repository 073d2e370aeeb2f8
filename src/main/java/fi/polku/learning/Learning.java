package fi.polku.learning;

import java.util.List;
import java.util.Optional;

/**
 * What a learner does in a course: enrol, work through lessons and reflect. Every method acts for
 * the signed-in person; nobody can act for another learner through it.
 */
public interface Learning {

    List<CohortSummary> openCohorts(String courseId);

    EnrolResult enrol(CohortId cohort, String enrolmentKey);

    Optional<CourseProgress> progress(String courseId);

    List<CourseProgress> myCourses();

    /** Reading, session and reflection lessons; a reflection needs its text first. */
    CourseProgress markDone(String courseId, String lessonId);

    CourseProgress undo(String courseId, String lessonId);

    /** Remembers the lesson as where to continue. */
    void visit(String courseId, String lessonId);

    ReflectionDraft reflection(String courseId, String lessonId);

    ReflectionDraft saveReflection(String courseId, String lessonId, String text);

    /** Sessions of the learner's courses, as their cohorts hold them; {@code upcomingOnly} drops past ones. */
    List<UpcomingSession> sessions(boolean upcomingOnly);
}
