package fi.polku.accounts.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.ComponentUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy security;

    @Test
    void showsAnErrorAndStaysAnonymousOnAWrongPassword() {
        LoginView view = navigate(LoginView.class);
        submit(view, "aino@polku.local", "not-her-password");

        assertThat(view.form.isError()).isTrue();
        assertThat(security.getContext().getAuthentication().getName()).isNotEqualTo("aino@polku.local");
    }

    @Test
    void showsAnErrorForAnUnknownEmail() {
        LoginView view = navigate(LoginView.class);
        submit(view, "nobody@polku.local", "polku-demo-1");

        assertThat(view.form.isError()).isTrue();
    }

    @Test
    void signsInWithTheRightPasswordWhateverTheEmailsCase() {
        LoginView view = navigate(LoginView.class);
        submit(view, "Aino@Polku.local", "polku-demo-1");

        assertThat(view.form.isError()).isFalse();
        assertThat(security.getContext().getAuthentication().getName()).isEqualTo("aino@polku.local");
    }

    private static void submit(LoginView view, String email, String password) {
        ComponentUtil.fireEvent(view.form, new AbstractLogin.LoginEvent(view.form, true, email, password));
    }
}
