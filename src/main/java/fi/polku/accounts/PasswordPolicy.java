package fi.polku.accounts;

import java.util.Optional;

/** The rules a new password must meet; shared by the service and the forms. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @return the translation key of the first broken rule, empty when the password is acceptable */
    public static Optional<String> problem(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("register.password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("register.password.too-long");
        }
        return Optional.empty();
    }
}
