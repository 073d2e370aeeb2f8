package fi.polku.accounts.ui;

import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import fi.polku.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The role answers Vaadin's @RolesAllowed check gets; the access matrix checks the same through every route. */
class RoleCheckedNavigationTest {

    private final RoleCheckedNavigation navigation = new RoleCheckedNavigation(List.of(), new DefaultAccessCheckDecisionResolver(),
            SecurityContextHolder.getContextHolderStrategy());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_facilitator_is_in_the_facilitator_role_and_not_the_admin_role() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "kaisa@polku.local", null, List.of(new SimpleGrantedAuthority(Role.FACILITATOR.authority()))));

        Predicate<String> inRole = navigation.getRolesChecker(null);

        assertThat(inRole.test("FACILITATOR")).isTrue();
        assertThat(inRole.test(Role.FACILITATOR.authority())).isTrue();
        assertThat(inRole.test("ADMIN")).isFalse();
        assertThat(inRole.test("LEARNER")).isFalse();
    }

    @Test
    void nobody_signed_in_is_in_no_role() {
        assertThat(navigation.getRolesChecker(null).test("LEARNER")).isFalse();

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(navigation.getRolesChecker(null).test("ADMIN")).isFalse();
    }
}
