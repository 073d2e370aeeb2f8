package fi.polku.settings;

/** A setting was refused; {@link #messageKey()} is a translation key, {@link #field()} the input it concerns. */
public class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public SettingsException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
