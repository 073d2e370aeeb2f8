package fi.polku.content;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/** A course in one language, with its parts and lessons in order. */
public record CourseSummary(String id, String title, String description, String organisation,
                            List<Locale> languages, @Nullable Integer hours, @Nullable Integer credits,
                            String certificateText, CompletionRule completion, List<PartSummary> parts) {

    public int estimatedMinutes() {
        return parts.stream().mapToInt(PartSummary::estimatedMinutes).sum();
    }

    public List<LessonSummary> lessons() {
        return parts.stream().flatMap(p -> p.lessons().stream()).toList();
    }

    /** What a learner must do to complete the course. */
    public record CompletionRule(boolean allRequiredLessons, boolean assignmentAssessed) {
    }
}
