package fi.polku.accounts.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Facilitator and admin views are closed to anonymous users and learners. */
@SpringBootTest
class ViewAccessTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anonymousUsersAreSentToLoginFromFacilitatorAndAdminViews() {
        navigate("admin/users", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        navigate("learners", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("aino@polku.local")
    void learnersCannotOpenFacilitatorOrAdminViews() {
        assertThat(openAs("admin/users")).isNotInstanceOf(UsersView.class);
        assertThat(openAs("learners")).isNotInstanceOf(LearnersView.class);
    }

    @Test
    @WithUserDetails("kaisa@polku.local")
    void facilitatorsSeeLearnersButNotTheAdminView() {
        assertThat(openAs("learners")).isInstanceOf(LearnersView.class);
        assertThat(openAs("admin/users")).isNotInstanceOf(UsersView.class);
    }

    @Test
    @WithUserDetails("admin@polku.local")
    void adminsOpenBoth() {
        assertThat(openAs("admin/users")).isInstanceOf(UsersView.class);
        assertThat(openAs("learners")).isInstanceOf(LearnersView.class);
    }

    private Object openAs(String route) {
        try {
            com.vaadin.flow.component.UI.getCurrent().navigate(route);
        } catch (RuntimeException refused) {
            return refused;
        }
        return getCurrentView();
    }
}
