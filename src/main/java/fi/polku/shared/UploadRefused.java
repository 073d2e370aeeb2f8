package fi.polku.shared;

/**
 * An uploaded file failed a check that holds whatever the feature: {@link #messageKey()} is a
 * translation key in the shared bundle, shown next to the upload with {@link #arguments()}.
 * Each module turns it into its own exception, so views show it like any other problem.
 */
public class UploadRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public UploadRefused(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
