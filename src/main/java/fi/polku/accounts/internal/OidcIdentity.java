package fi.polku.accounts.internal;

import org.jspecify.annotations.Nullable;

/**
 * What an OpenID Connect provider says about the person signing in, reduced to what Polku uses.
 *
 * @param locale the {@code locale} claim as sent, e.g. {@code fi-FI} or {@code sv_FI}
 */
record OidcIdentity(String issuer, String subject, @Nullable String email, boolean emailVerified,
                    @Nullable String name, @Nullable String locale) {
}
