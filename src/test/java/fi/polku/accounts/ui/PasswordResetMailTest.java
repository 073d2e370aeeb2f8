package fi.polku.accounts.ui;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.AbstractLogin;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.PasswordResetException;
import fi.polku.accounts.PasswordResets;
import fi.polku.accounts.Registration;
import fi.polku.support.MutableClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A forgotten password reset through a link mailed by a real SMTP server (GreenMail, in this JVM),
 * opened in the reset view, as the person would.
 */
@SpringBootTest(properties = "spring.main.allow-bean-definition-overriding=true")
@WithAnonymousUser
class PasswordResetMailTest extends SpringBrowserlessTest {

    /** The assertions read the English texts, so the UI says which language it speaks: not the machine's locale. */
    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-03-01T08:00:00Z"), ZoneId.of("Europe/Helsinki"));
    static final Pattern LINK = Pattern.compile("https://polku\\.example\\.fi/reset-password/([A-Za-z0-9_-]+)");

    static {
        SMTP.start();
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock clock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("polku.base-url", () -> "https://polku.example.fi/");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired PasswordResets resets;
    @Autowired Accounts accounts;
    @Autowired AuthenticationManager authentication;

    @BeforeEach
    void emptyMailbox() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        CLOCK.advance(Duration.ofDays(1));
    }

    String person(String name, Locale language) {
        return accounts.register(new Registration(name, "r-" + UUID.randomUUID() + "@koulu.fi",
                "vanha-salasana-2027", language)).email();
    }

    String askForLink(String email) {
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        view.email.setValue(email);
        test(view.send).click();
        assertThat(view.answer.getText()).startsWith("If an account uses this email, a link is on its way.");
        return email;
    }

    static String token(MimeMessage message) throws Exception {
        Matcher link = LINK.matcher((String) message.getContent());
        assertThat(link.find()).as("a reset link in the mail").isTrue();
        return link.group(1);
    }

    boolean canLogIn(String email, String password) {
        try {
            return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                    .isAuthenticated();
        } catch (BadCredentialsException wrong) {
            return false;
        }
    }

    @Test
    void mailsALinkInThePersonsLanguageThatSetsANewPasswordOnce() throws Exception {
        String email = askForLink(person("Aino Äänismaa", Locale.of("fi")));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Polku: valitse uusi salasana");
        assertThat((String) received[0].getContent()).contains("Hei Aino Äänismaa", "60 minuutin ajan");
        String token = token(received[0]);

        ResetPasswordView view = navigate("reset-password/" + token, ResetPasswordView.class);
        view.password.setValue("uusi-pitkä-salasana");
        test(view.save).click();

        assertThat(view.message.getText()).isEqualTo("Your password has been changed. You can now log in with it.");
        assertThat(canLogIn(email, "uusi-pitkä-salasana")).isTrue();
        assertThat(canLogIn(email, "vanha-salasana-2027")).isFalse();

        ResetPasswordView again = navigate("reset-password/" + token, ResetPasswordView.class);
        assertThat(again.message.getText()).startsWith("This link is not valid or has already been used.");
        assertThat(again.password.isVisible() && again.password.getParent().orElseThrow().isVisible()).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "kolmas-salasana-99"))
                .isInstanceOf(PasswordResetException.class).hasMessage("reset.link.invalid");
    }

    @Test
    void refusesAnExpiredLinkWithAClearMessage() throws Exception {
        String email = askForLink(person("Oskar Ek", Locale.ENGLISH));
        String token = token(SMTP.getReceivedMessages()[0]);
        assertThat((String) SMTP.getReceivedMessages()[0].getContent()).contains("Hello Oskar Ek", "within 60 minutes");

        CLOCK.advance(Duration.ofMinutes(61));

        ResetPasswordView view = navigate("reset-password/" + token, ResetPasswordView.class);
        assertThat(view.message.getText()).isEqualTo("This link has expired. Ask for a new one: links work for one hour.");
        assertThatThrownBy(() -> resets.reset(token, "uusi-pitkä-salasana"))
                .isInstanceOf(PasswordResetException.class).hasMessage("reset.link.expired");
        assertThat(canLogIn(email, "vanha-salasana-2027")).isTrue();
    }

    @Test
    void aNewPasswordUsesUpEveryOtherLinkOfTheAccount() throws Exception {
        String email = askForLink(person("Åsa Lind", Locale.of("sv")));
        askForLink(email);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Polku: välj ett nytt lösenord");

        resets.reset(token(received[1]), "åsas-nya-lösenord");

        assertThat(resets.check(token(received[0]))).isEqualTo(PasswordResets.LinkState.INVALID);
    }

    @Test
    void answersTheSameForAnUnknownEmailAndSendsNothing() throws Exception {
        askForLink("nobody-" + UUID.randomUUID() + "@koulu.fi");

        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void sendsAtMostThreeLinksAnHourToOneAccount() throws Exception {
        String email = person("Ville Öhman", Locale.of("fi"));
        for (int i = 0; i < 5; i++) {
            askForLink(email);
        }
        assertThat(SMTP.getReceivedMessages()).hasSize(3);

        CLOCK.advance(Duration.ofMinutes(61));
        askForLink(email);
        assertThat(SMTP.getReceivedMessages()).hasSize(4);
    }

    @Test
    void refusesACommonPasswordNextToTheFieldAndKeepsTheLink() throws Exception {
        askForLink(person("Eeva Koski", Locale.of("fi")));
        String token = token(SMTP.getReceivedMessages()[0]);

        ResetPasswordView view = navigate("reset-password/" + token, ResetPasswordView.class);
        view.password.setValue("Password2027!");
        test(view.save).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).startsWith("This password is among the most common ones");
        assertThat(resets.check(token)).isEqualTo(PasswordResets.LinkState.VALID);
    }

    @Test
    void showsForgotPasswordOnTheLoginViewWhenMailIsConfigured() {
        LoginView login = navigate(LoginView.class);

        assertThat(login.form.isForgotPasswordButtonVisible()).isTrue();
        ComponentUtil.fireEvent(login.form, new AbstractLogin.ForgotPasswordEvent(login.form, true));
        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }
}
