package fi.polku.accounts;

/** A refused privacy action; the message is a translation key the view shows. */
public class PrivacyException extends RuntimeException {

    public PrivacyException(String key) {
        super(key);
    }
}
