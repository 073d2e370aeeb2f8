package fi.polku.accounts.internal;

import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the provider's verified ID token (and user info, where the provider offers it) into a
 * Polku user: Polku's roles as authorities, Polku's e-mail as the name.
 */
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnAccounts accounts;
    private final SingleSignOnProperties properties;

    SingleSignOnUserService(SingleSignOnAccounts accounts, SingleSignOnProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        String issuer = oidc.getIdToken().getIssuer().toString();
        OidcIdentity who = new OidcIdentity(issuer, oidc.getSubject(), oidc.getClaimAsString(properties.emailClaim()),
                Boolean.TRUE.equals(oidc.getEmailVerified()), oidc.getFullName(), oidc.getLocale());
        UserAccount account;
        try {
            account = accounts.signIn(who);
        } catch (SingleSignOnRefused refused) {
            // The issuer and reason suffice to follow up; the e-mail is personal data and stays out of the log.
            log.info("Single sign-on from {} refused: {}", issuer, refused.reason.code);
            throw refusal(refused.reason.code);
        } catch (DataIntegrityViolationException raceLost) {
            log.info("Single sign-on from {} lost a race to link the same identity; the next try finds it", issuer);
            throw refusal("failed");
        }
        var roles = account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        return new PolkuOidcUser(roles, oidc.getIdToken(), oidc.getUserInfo(), account.email());
    }

    static OAuth2AuthenticationException refusal(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), "Single sign-on refused: " + code);
    }
}
