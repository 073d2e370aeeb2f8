package fi.polku.learning;

import fi.polku.content.LessonSummary;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where a learner stands in a course: per part and overall (required lessons only), what is done,
 * where to continue and what is still required.
 */
public record CourseProgress(String courseId, String courseTitle, CohortId cohortId, String cohortName,
                             List<PartProgress> parts, int percent, Set<String> done,
                             @Nullable LessonSummary continueWith, List<LessonSummary> requiredLeft,
                             @Nullable Instant completedAt) {

    public record PartProgress(String partId, String title, int done, int required, int percent) {
    }

    public boolean isDone(String lessonId) {
        return done.contains(lessonId);
    }
}
