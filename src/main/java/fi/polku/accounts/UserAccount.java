package fi.polku.accounts;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** A read-only view of a user, safe to hand to views and other modules. */
public record UserAccount(UserId id, String email, String displayName, Set<Role> roles, Locale language,
                          Instant createdAt, @Nullable String school, boolean invited) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
