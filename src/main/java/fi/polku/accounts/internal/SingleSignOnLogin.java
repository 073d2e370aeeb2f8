package fi.polku.accounts.internal;

import fi.polku.accounts.internal.SingleSignOnRefused.Reason;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

import java.io.IOException;

/**
 * Adds "sign in with your organisation" to the security filter chain. Exists only when a provider
 * is configured (see {@link SingleSignOnConfiguration}), so without one no OAuth2 endpoint answers.
 */
public class SingleSignOnLogin {

    private final SingleSignOnUserService userService;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    SingleSignOnLogin(SingleSignOnUserService userService) {
        this.userService = userService;
    }

    /**
     * Lets people sign in at {@code /oauth2/authorization/{registration}}, back at
     * {@code /login/oauth2/code/{registration}}; a refusal returns to the login view, which explains it.
     */
    public void configure(HttpSecurity http) {
        http.oauth2Login(login -> login
                .loginPage("/login")
                .userInfoEndpoint(info -> info
                        .oidcUserService(userService)
                        // Only OpenID Connect proves who someone is; a plain OAuth2 provider is turned down.
                        .userService(request -> {
                            throw SingleSignOnUserService.refusal(Reason.NOT_OPENID.code);
                        }))
                .failureHandler(this::failed));
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String code = e instanceof OAuth2AuthenticationException oauth
                ? Reason.ofCode(oauth.getError().getErrorCode()).map(r -> r.code).orElse("failed")
                : "failed";
        redirect.sendRedirect(request, response, "/login?sso-error=" + code);
    }
}
