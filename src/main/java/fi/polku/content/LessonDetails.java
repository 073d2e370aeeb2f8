package fi.polku.content;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** What each lesson type adds to the Markdown body, from its front matter. */
public sealed interface LessonDetails {

    record Reading() implements LessonDetails {
    }

    record Survey(List<Question> questions, List<Theme> themes) implements LessonDetails {
    }

    record Question(String id, String text, QuestionKind kind, List<Option> options,
                    @Nullable String minLabel, @Nullable String maxLabel) {
    }

    enum QuestionKind { SINGLE, MULTIPLE, SCALE, TEXT }

    record Option(String id, String text, List<String> themes) {
    }

    record Theme(String id, String title, String description) {
    }

    record Plan(List<PlanField> fields) implements LessonDetails {
    }

    record PlanField(String id, String label, @Nullable String help) {
    }

    record Reflection(String prompt, int minWords) implements LessonDetails {
    }

    record Session(String kind, ZonedDateTime start, ZonedDateTime end, @Nullable String place,
                   @Nullable String link) implements LessonDetails {
    }

    record Assignment(String instructions, List<Criterion> rubric, int reviewsToGive, int reviewsRequired,
                      int relaxAfterDays, @Nullable LocalDateTime deadline, Set<String> attachmentTypes,
                      int maxAttachmentMb, boolean anonymousReviews) implements LessonDetails {
    }

    record Criterion(String id, String title, List<String> levels) {
    }
}
