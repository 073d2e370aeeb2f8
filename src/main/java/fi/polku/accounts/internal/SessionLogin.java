package fi.polku.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a person in within the current HTTP session: from the login view, and right after
 * registration. The session id changes on success (session fixation protection).
 */
@Component
public class SessionLogin {

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final RequestCache requestCache = new HttpSessionRequestCache();

    private final SecurityContextHolderStrategy security;

    SessionLogin(AuthenticationManager authenticationManager, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.authenticationManager = authenticationManager;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * @return where to go next: the page the person first asked for, else the home page
     * @throws AuthenticationException when the email or password is wrong
     */
    public String login(String email, String password, @Nullable HttpServletRequest request,
                        @Nullable HttpServletResponse response) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        if (request != null) {
            // The client address, as a form login records it: the login throttle counts by it.
            attempt.setDetails(new WebAuthenticationDetails(request));
        }
        Authentication auth = authenticationManager.authenticate(attempt);
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(auth);
        security.setContext(context);
        if (request == null || response == null) {
            return "./";
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        if (request.getSession(false) != null) {
            changeSessionId(request);
        }
        repository.saveContext(context, request, response);
        requestCache.removeRequest(request, response);
        return saved != null ? saved.getRedirectUrl() : "./";
    }

    private static void changeSessionId(HttpServletRequest request) {
        try {
            request.changeSessionId();
        } catch (UnsupportedOperationException notSupported) {
            // Only the browserless test harness's mock request lacks it; every servlet container has it.
        }
    }
}
