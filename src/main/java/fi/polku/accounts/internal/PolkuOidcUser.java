package fi.polku.accounts.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.util.Collection;

/**
 * A person signed in through an OpenID Connect provider, named by their Polku e-mail as a password
 * user is, so {@code CurrentUser} and everything after it cannot tell the two apart.
 */
class PolkuOidcUser extends DefaultOidcUser {

    private final String email;

    PolkuOidcUser(Collection<? extends GrantedAuthority> polkuRoles, OidcIdToken idToken,
                  @Nullable OidcUserInfo userInfo, String email) {
        super(polkuRoles, idToken, userInfo);
        this.email = email;
    }

    @Override
    public String getName() {
        return email;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PolkuOidcUser other && super.equals(o) && email.equals(other.email);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + email.hashCode();
    }
}
