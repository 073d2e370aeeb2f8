package fi.polku.schools;

import org.jspecify.annotations.Nullable;

/**
 * A kit-lending rule was broken; {@link #messageKey()} is a translation key, {@link #field()} the
 * input to show it next to (null when it concerns the whole request). Arguments may hold
 * {@link KitViews.Period} lists, which the view words in the reader's language.
 */
public class KitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;
    private final @Nullable String field;

    public KitException(@Nullable String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments)));
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
