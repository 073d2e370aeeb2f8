package fi.polku.accounts;

/**
 * A registration that breaks a rule. {@link #field()} names the form field to show it next to,
 * {@link #messageKey()} is a translation key.
 */
public class RegistrationException extends RuntimeException {

    public enum Field { DISPLAY_NAME, EMAIL, PASSWORD }

    private final Field field;
    private final String messageKey;

    public RegistrationException(Field field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
