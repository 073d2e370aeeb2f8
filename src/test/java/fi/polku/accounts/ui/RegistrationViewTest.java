package fi.polku.accounts.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithAnonymousUser
class RegistrationViewTest extends SpringBrowserlessTest {

    /** The assertions read the English texts, so the UI says which language it speaks: not the machine's locale. */
    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Autowired
    Accounts accounts;

    @Test
    void refusesAShortPasswordNextToThePasswordFieldAndKeepsWhatWasTyped() {
        RegistrationView view = navigate(RegistrationView.class);
        test(view.name).setValue("Väinö Näkkäläjärvi");
        test(view.email).setValue("vaino@koulu.fi");
        test(view.password).setValue("short");
        test(view.submit).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("at least 10 characters");
        assertThat(view.name.getValue()).isEqualTo("Väinö Näkkäläjärvi");
        assertThat(view.email.getValue()).isEqualTo("vaino@koulu.fi");
        assertThat(accounts.findByEmail("vaino@koulu.fi")).isEmpty();
    }

    @Test
    void refusesACommonPasswordWhateverItsCaseNextToThePasswordField() {
        RegistrationView view = navigate(RegistrationView.class);
        test(view.name).setValue("Ville Virtanen");
        test(view.email).setValue("ville.v@koulu.fi");
        test(view.password).setValue("SunShine2026!");
        test(view.submit).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo(
                "This password is among the most common ones and easy to guess. Choose another.");
        assertThat(accounts.findByEmail("ville.v@koulu.fi")).isEmpty();
    }

    @Test
    void refusesAnEmailThatAlreadyHasAnAccount() {
        RegistrationView view = navigate(RegistrationView.class);
        test(view.name).setValue("Toinen Aino");
        test(view.email).setValue("AINO@polku.local");
        test(view.password).setValue("long-enough-password");
        test(view.submit).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("already exists");
        assertThat(accounts.findByEmail("aino@polku.local")).get()
                .extracting(a -> a.displayName()).isEqualTo("Aino Äijälä");
    }

    @Test
    void createsALearnerWithTheNameAsTypedIncludingFinnishLetters() {
        RegistrationView view = navigate(RegistrationView.class);
        test(view.name).setValue("Åsa Öhman-Kääriäinen");
        test(view.email).setValue("asa@koulu.fi");
        test(view.password).setValue("a-good-long-password");
        test(view.submit).click();

        var account = accounts.findByEmail("asa@koulu.fi").orElseThrow();
        assertThat(account.displayName()).isEqualTo("Åsa Öhman-Kääriäinen");
        assertThat(account.roles()).containsExactly(Role.LEARNER);
        assertThat(view.email.isInvalid()).isFalse();
    }

    @Test
    void requiresAName() {
        RegistrationView view = navigate(RegistrationView.class);
        test(view.email).setValue("nameless@koulu.fi");
        test(view.password).setValue("a-good-long-password");
        test(view.submit).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(accounts.findByEmail("nameless@koulu.fi")).isEmpty();
    }
}
