package fi.polku.accounts.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Vaadin's navigation access control, answering "is this user in role X" from the request's Spring
 * Security authentication instead of through Vaadin's service lookup.
 *
 * <p>Vaadin 25.2's {@code SecurityUtil.getRolesChecker} asks its service lookup for the
 * {@code VaadinRolePrefixHolder} on every navigation, and that lookup, besides asking Spring, runs a
 * {@link java.util.ServiceLoader} over the whole class path each time; in the production jar that
 * walks some 200 nested jars through Spring Boot's synchronised jar cache. The load test's flight
 * recording (100 learners, 90 s) found 7,988 threads waiting on that lock, 385 ms each on average,
 * and lesson round trips at p95 18 s (docs/BENCHMARKS.md). Polku grants roles as Spring authorities
 * with the default {@code ROLE_} prefix ({@link fi.polku.accounts.Role#authority()}), so the check is a set lookup.
 * The access matrix (fi.polku.access) checks every route for every role through this class.
 */
class RoleCheckedNavigation extends SpringNavigationAccessControl {

    private static final String PREFIX = "ROLE_";

    private final SecurityContextHolderStrategy security;

    /** {@code security}: the context's own strategy, as {@link fi.polku.accounts.CurrentUser} reads it. */
    RoleCheckedNavigation(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver,
                          SecurityContextHolderStrategy security) {
        super(checkers, resolver);
        this.security = security;
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        Authentication authentication = security.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return role -> false;
        }
        Set<String> granted = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return role -> granted.contains(role.startsWith(PREFIX) ? role : PREFIX + role);
    }
}
