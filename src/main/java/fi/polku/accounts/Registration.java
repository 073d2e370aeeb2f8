package fi.polku.accounts;

import java.util.Locale;

/** What a person types to create an account. */
public record Registration(String displayName, String email, String password, Locale language) {
}
