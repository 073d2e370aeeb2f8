package fi.polku.learning;

import org.jspecify.annotations.Nullable;

/** A learning rule was broken; {@link #messageKey()} is a translation key for the person. */
public class LearningException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final @Nullable String field;

    public LearningException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private LearningException(@Nullable String field, String messageKey, Object... arguments) {
        super(field == null ? messageKey : field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A problem with one input (a survey question, a plan field), to show next to it. */
    public static LearningException onField(String field, String messageKey, Object... arguments) {
        return new LearningException(field, messageKey, arguments);
    }

    public @Nullable String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
