package fi.polku.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** A read-only view of a user, safe to hand to views and other modules. */
public record UserAccount(UserId id, String email, String displayName, Set<Role> roles, Locale language,
                          Instant createdAt) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
