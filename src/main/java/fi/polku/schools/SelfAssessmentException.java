package fi.polku.schools;

import org.jspecify.annotations.Nullable;

/**
 * A self-assessment rule was broken; {@link #messageKey()} is a translation key and
 * {@link #field()} the input it concerns (a statement or area id, {@code school}, …), if any.
 */
public class SelfAssessmentException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final @Nullable String field;

    public SelfAssessmentException(@Nullable String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public @Nullable String field() {
        return field;
    }
}
