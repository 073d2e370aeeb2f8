package fi.polku.accounts;

import org.jspecify.annotations.Nullable;

/** Resetting a forgotten password through a one-time link sent by e-mail. Anyone may ask. */
public interface PasswordResets {

    /** Whether a mail server is configured; without one there is no way to send a link. */
    boolean available();

    /**
     * Sends a reset link to the account with this email, if there is one and requests are not
     * throttled. Answers the same in every case, so nobody learns which emails have accounts.
     */
    void request(String email, @Nullable String clientAddress);

    LinkState check(String token);

    /**
     * Sets a new password and uses up this link and every other outstanding one of the account.
     *
     * @throws PasswordResetException with a translation key when the link or the password is refused
     */
    void reset(String token, String newPassword);

    enum LinkState { VALID, EXPIRED, INVALID }
}
