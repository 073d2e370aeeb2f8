package fi.polku.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Slows down password guessing: after {@code polku.login.max-failures-per-account} failed logins
 * for one email, or {@code polku.login.max-failures-per-address} from one client address, within
 * {@code polku.login.window}, further attempts are refused without checking the password until the
 * window has passed. The same answer whether the account exists or not.
 */
@Component
public class LoginThrottle {

    private final FailureWindow perAccount;
    private final FailureWindow perAddress;

    LoginThrottle(Clock clock,
                  @Value("${polku.login.max-failures-per-account:5}") int perAccount,
                  @Value("${polku.login.max-failures-per-address:20}") int perAddress,
                  @Value("${polku.login.window:15m}") Duration window) {
        this.perAccount = new FailureWindow(perAccount, window, clock);
        this.perAddress = new FailureWindow(perAddress, window, clock);
    }

    /**
     * Wraps the password check. Published as the one {@link AuthenticationProvider} bean, it is what
     * Spring Security's global authentication uses, so every way in (the login view, a form POST to
     * /login) is throttled.
     */
    public AuthenticationProvider guard(AuthenticationProvider passwords) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                return LoginThrottle.this.authenticate(passwords, attempt);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return passwords.supports(authentication);
            }
        };
    }

    private Authentication authenticate(AuthenticationProvider passwords, Authentication attempt) {
        String account = User.normaliseEmail(attempt.getName());
        String address = clientAddress(attempt);
        Optional<Duration> wait = perAccount.blockedFor(account)
                .or(() -> address == null ? Optional.empty() : perAddress.blockedFor(address));
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            perAccount.forget(account);
            return done;
        } catch (AuthenticationException failed) {
            perAccount.record(account);
            if (address != null) {
                perAddress.record(address);
            }
            throw failed;
        }
    }

    /** A new password set through a reset link lets the owner in at once. */
    void forgive(String email) {
        perAccount.forget(User.normaliseEmail(email));
    }

    /**
     * The address the request came from; behind a proxy, the client's own when
     * {@code server.forward-headers-strategy} is set (docs/DEPLOYMENT.md).
     */
    private static @Nullable String clientAddress(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
