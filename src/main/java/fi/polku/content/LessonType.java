package fi.polku.content;

import java.util.Locale;
import java.util.Optional;

public enum LessonType {
    READING, SURVEY, PLAN, REFLECTION, SESSION, ASSIGNMENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LessonType> parse(String value) {
        for (LessonType t : values()) {
            if (t.key().equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
