package fi.polku.learning.internal;

import org.jspecify.annotations.Nullable;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One saved version of a learner's development plan, as it is printed.
 *
 * @param theme  the development theme the learner chose, if the plan has one
 * @param locale decides the language of the printed labels and the date format
 */
public record PlanDocument(String learnerName, String courseTitle, String planTitle, int version,
                           ZonedDateTime savedAt, @Nullable String theme,
                           List<Field> fields, List<Comment> comments, Locale locale) {

    public PlanDocument {
        fields = List.copyOf(fields);
        comments = List.copyOf(comments);
    }

    /** A template field of the plan with the learner's answer. */
    public record Field(String label, String value) {
    }

    /** A trainer's comment on this version. */
    public record Comment(String author, ZonedDateTime at, String text) {
    }
}
