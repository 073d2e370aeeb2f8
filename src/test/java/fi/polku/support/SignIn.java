package fi.polku.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Acts as a real user of the test database within a service-level test. Uses the application
 * context's own security strategy: Vaadin installs one per context, and tests run several contexts.
 */
public final class SignIn {

    private SignIn() {
    }

    public static void as(UserDetailsService users, SecurityContextHolderStrategy security, String email) {
        UserDetails user = users.loadUserByUsername(email);
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        security.setContext(context);
    }

    public static void out(SecurityContextHolderStrategy security) {
        security.clearContext();
    }
}
