package fi.polku.community;

import org.jspecify.annotations.Nullable;

/** A gallery rule was broken; {@link #messageKey()} is a translation key, {@link #field()} the input. */
public class GalleryException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final @Nullable String field;

    public GalleryException(@Nullable String field, String messageKey, Object... arguments) {
        super(field == null ? messageKey : field + ": " + messageKey);
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
