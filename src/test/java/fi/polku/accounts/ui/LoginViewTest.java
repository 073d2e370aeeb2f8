package fi.polku.accounts.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.ComponentUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    /** The assertions read the English texts, so the UI says which language it speaks: not the machine's locale. */
    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

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

    @org.springframework.beans.factory.annotation.Autowired
    fi.polku.accounts.Accounts accounts;

    @Test
    void saysHowLongToWaitAfterFiveWrongPasswordsAndThenRefusesEvenTheRightOne() {
        String email = "t-" + java.util.UUID.randomUUID() + "@koulu.fi";
        accounts.register(new fi.polku.accounts.Registration("Tiina Testaaja", email, "tiinan-oikea-salasana",
                java.util.Locale.ENGLISH));
        LoginView view = navigate(LoginView.class);
        for (int i = 0; i < 5; i++) {
            submit(view, email, "arvaus-" + i);
            assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Incorrect email or password");
        }

        submit(view, email, "tiinan-oikea-salasana");

        assertThat(view.form.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Too many attempts");
        assertThat(view.texts.getErrorMessage().getMessage())
                .isEqualTo("Too many failed logins. Try again in 15 minutes.");
        assertThat(security.getContext().getAuthentication().getName()).isNotEqualTo(email);
    }

    @Test
    void hidesForgotPasswordWhenNoMailServerIsConfigured() {
        assertThat(navigate(LoginView.class).form.isForgotPasswordButtonVisible()).isFalse();
    }

    private static void submit(LoginView view, String email, String password) {
        ComponentUtil.fireEvent(view.form, new AbstractLogin.LoginEvent(view.form, true, email, password));
    }
}
