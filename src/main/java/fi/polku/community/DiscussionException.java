package fi.polku.community;

import org.jspecify.annotations.Nullable;

/** A community rule was broken; {@link #messageKey()} is a translation key, {@link #field()} the input. */
public class DiscussionException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final @Nullable String field;

    public DiscussionException(@Nullable String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public DiscussionException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public static DiscussionException onField(String field, String messageKey, Object... arguments) {
        return new DiscussionException(field, messageKey, arguments);
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
