package fi.polku.accounts;

/** A password reset that cannot go ahead; {@link #messageKey()} is a translation key. */
public class PasswordResetException extends RuntimeException {

    private final String messageKey;

    public PasswordResetException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether the link (not the new password) is at fault: the form is then of no use. */
    public boolean linkRefused() {
        return messageKey.startsWith("reset.link.");
    }
}
