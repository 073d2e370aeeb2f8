package fi.polku.accounts;

import org.jspecify.annotations.Nullable;

/** What other participants may see of a person: their name and school, never their email. */
public record PublicProfile(UserId id, String displayName, @Nullable String school) {
}
