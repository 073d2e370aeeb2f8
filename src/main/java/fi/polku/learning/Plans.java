package fi.polku.learning;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Personal development plans: learners save versions, facilitators comment on them. */
public interface Plans {

    /** The signed-in learner's versions of a plan, newest first. */
    List<PlanVersionView> myVersions(String courseId, String lessonId);

    /**
     * Saves the fields as a new version (unless nothing changed) and completes the lesson.
     *
     * @throws LearningException when every field is empty or a field is too long (field = the field id)
     */
    PlanVersionView save(String courseId, String lessonId, Map<String, String> fields);

    /** The newest trainer comments on any of the signed-in learner's plans. */
    List<PlanVersionView.Comment> myLatestComments(int max);

    /** The signed-in learner's plan version as a PDF. */
    byte[] myPdf(String courseId, String lessonId, int version, Locale language);

    /** A learner's plan versions, for a facilitator of their cohort. */
    List<PlanVersionView> versionsOf(UUID enrolmentId);

    /** A facilitator of the learner's cohort comments on one version. */
    PlanVersionView.Comment comment(UUID planVersionId, String text);
}
