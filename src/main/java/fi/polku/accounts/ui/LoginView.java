package fi.polku.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.polku.accounts.PasswordResets;
import fi.polku.accounts.internal.LoginThrottledException;
import fi.polku.accounts.internal.SessionLogin;
import fi.polku.accounts.internal.SingleSignOnProviders;
import fi.polku.shared.ui.LanguageSwitch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.core.AuthenticationException;

/** Signing in with email and password. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    /** The form's texts, kept here because the form does not hand them back. */
    final LoginI18n texts;

    private final SessionLogin sessionLogin;

    LoginView(SessionLogin sessionLogin, SingleSignOnProviders singleSignOn, PasswordResets resets) {
        this.sessionLogin = sessionLogin;
        addClassName("auth-page");
        form.addLoginListener(e -> login(e.getUsername(), e.getPassword()));
        // Only where a link can actually be mailed (spring.mail.host is set).
        form.setForgotPasswordButtonVisible(resets.available());
        form.addForgotPasswordListener(e -> UI.getCurrent().navigate(ForgotPasswordView.class));
        texts = i18n();
        form.setI18n(texts);

        H1 brand = new H1("Polku");
        brand.addClassName("brand");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        Div register = new Div(new Paragraph(getTranslation("login.no-account")),
                new Anchor("register", getTranslation("login.register")));
        register.addClassName("auth-alt");
        Div card = new Div(brand, tagline, form, new SingleSignOnPanel(singleSignOn), register,
                new LanguageSwitch(l -> { }));
        card.addClassName("auth-card");
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    private void login(String email, String password) {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        try {
            String next = sessionLogin.login(email, password,
                    request == null ? null : request.getHttpServletRequest(),
                    response == null ? null : response.getHttpServletResponse());
            UI.getCurrent().getPage().setLocation(next);
        } catch (LoginThrottledException throttled) {
            showError("login.throttled.title", getTranslation("login.throttled.message", throttled.minutes()));
        } catch (AuthenticationException wrong) {
            showError("login.error.title", getTranslation("login.error.message"));
        }
    }

    private void showError(String titleKey, String message) {
        texts.getErrorMessage().setTitle(getTranslation(titleKey));
        texts.getErrorMessage().setMessage(message);
        form.setI18n(texts);
        form.setError(true);
        form.setEnabled(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Polku";
    }
}
