package fi.polku.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

public enum LessonType {
    READING, SURVEY, PLAN, REFLECTION, SESSION, ASSIGNMENT, SELF_ASSESSMENT;

    /** The front matter spelling: lowercase, words joined by '-' ({@code self-assessment}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LessonType> parse(String value) {
        for (LessonType t : values()) {
            if (t.key().equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** "reading, survey, … or self-assessment", for messages that list the choices. */
    public static String choices() {
        String all = Arrays.stream(values()).map(LessonType::key).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
