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

    /**
     * A template for a team's self-assessment: statements in areas, each rated 1–5. The scale's end
     * labels are null when the author left them out, so the page can show its own defaults in the
     * reader's language.
     */
    record SelfAssessment(List<AssessmentArea> areas, @Nullable String lowLabel, @Nullable String highLabel)
            implements LessonDetails {

        /** Statement ids in template order; answers are stored against them. */
        public List<String> statementIds() {
            return areas.stream().flatMap(a -> a.statements().stream()).map(AssessmentStatement::id).toList();
        }
    }

    record AssessmentArea(String id, String title, List<AssessmentStatement> statements) {
    }

    record AssessmentStatement(String id, String text) {
    }
}
