package fi.polku.peerreview;

import org.jspecify.annotations.Nullable;

/** A peer-review rule was broken; {@link #messageKey()} is a translation key, {@link #field()} the input. */
public class PeerReviewException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final @Nullable String field;

    public PeerReviewException(@Nullable String field, String messageKey, Object... arguments) {
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
