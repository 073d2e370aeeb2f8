package fi.polku.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.PasswordPolicy;
import fi.polku.accounts.Registration;
import fi.polku.accounts.RegistrationException;
import fi.polku.accounts.internal.SessionLogin;
import fi.polku.shared.ui.LanguageSwitch;

/** Self-registration: the name as it should print on a certificate, email and password. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegistrationView extends Main implements HasDynamicTitle {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final Button submit = new Button();

    private final Accounts accounts;
    private final SessionLogin sessionLogin;

    RegistrationView(Accounts accounts, SessionLogin sessionLogin) {
        this.accounts = accounts;
        this.sessionLogin = sessionLogin;
        addClassName("auth-page");

        name.setLabel(getTranslation("register.name"));
        name.setHelperText(getTranslation("register.name.help"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(getTranslation("register.email"));
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("register.email.invalid"));
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (var field : new com.vaadin.flow.component.textfield.TextFieldBase<?, ?>[] {name, email, password}) {
            field.setManualValidation(true);
        }
        submit.setText(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> register());
        submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        FormLayout form = new FormLayout(name, email, password, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        H1 brand = new H1("Polku");
        brand.addClassName("brand");
        Div login = new Div(new Paragraph(getTranslation("register.have-account")),
                new Anchor("login", getTranslation("register.login")));
        login.addClassName("auth-alt");
        Div card = new Div(brand, new H2(getTranslation("register.title")), form, login, new LanguageSwitch(l -> { }));
        card.addClassName("auth-card");
        add(card);
    }

    private void register() {
        clearErrors();
        try {
            accounts.register(new Registration(name.getValue(), email.getValue(), password.getValue(),
                    UI.getCurrent().getLocale()));
        } catch (RegistrationException problem) {
            var field = switch (problem.field()) {
                case DISPLAY_NAME -> name;
                case EMAIL -> email;
                case PASSWORD -> password;
            };
            showError(field, getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH));
            return;
        }
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        sessionLogin.login(email.getValue(), password.getValue(),
                request == null ? null : request.getHttpServletRequest(),
                response == null ? null : response.getHttpServletResponse());
        UI.getCurrent().getPage().setLocation("./");
    }

    private void clearErrors() {
        for (var field : new com.vaadin.flow.component.textfield.TextFieldBase<?, ?>[] {name, email, password}) {
            field.setInvalid(false);
        }
    }

    private static void showError(com.vaadin.flow.component.textfield.TextFieldBase<?, ?> field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · Polku";
    }
}
