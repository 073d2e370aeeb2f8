package fi.polku.content;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * A lesson ready to show: safe HTML, where it sits in the course, and its type's details.
 * {@code fallback} is true when the learner's language had no translation and the course's default
 * language is shown instead.
 */
public record LessonPage(String courseId, String courseTitle, PartSummary part, LessonSummary lesson,
                         String html, List<Heading> toc, @Nullable LessonSummary previous,
                         @Nullable LessonSummary next, Locale language, boolean fallback,
                         LessonDetails details) {

    public record Heading(int level, String id, String text) {
    }
}
