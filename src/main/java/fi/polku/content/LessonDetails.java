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
                      int maxAttachmentMb, boolean anonymousReviews, ReviewOrder reviewOrder,
                      NobodyWaits nobodyWaits) implements LessonDetails {
    }

    /** Which submission a reviewer is handed next: the least reviewed, or the one submitted first. */
    enum ReviewOrder { FEWEST_FIRST, OLDEST_FIRST }

    /**
     * What keeps a submission from waiting for peers. A zero switches a mechanism off.
     *
     * @param bonusReviews       learners who finished their quota are invited to review a waiting submission
     * @param escalateAfterDays  a submission still short of reviews this long goes to the top of the facilitators' queue
     * @param feedbackWithinDays the promise: an escalated submission is to be served by its submission date plus this
     * @param sharedPoolBelow    a cohort with fewer learners lets learners of other cohorts running at the same time
     *                           review its waiting submissions
     * @param reminders          how many reminders a learner who still owes reviews gets
     * @param remindEveryDays    days from submitting to the first reminder, and between reminders
     */
    record NobodyWaits(boolean bonusReviews, int escalateAfterDays, int feedbackWithinDays, int sharedPoolBelow,
                       int reminders, int remindEveryDays) {

        public static final NobodyWaits DEFAULTS = new NobodyWaits(true, 4, 8, 30, 3, 2);
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
