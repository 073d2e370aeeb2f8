package fi.polku.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.polku.accounts.PasswordPolicy;
import fi.polku.accounts.PasswordResetException;
import fi.polku.accounts.PasswordResets;
import fi.polku.shared.ui.LanguageSwitch;

/** Choosing a new password through the one-time link from the e-mail. Anyone holding the link may. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final Button save = new Button();
    final Paragraph message = new Paragraph();

    private final PasswordResets resets;
    private final Div form = new Div();
    private String token = "";

    ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("auth-page");
        password.setLabel(getTranslation("reset.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setManualValidation(true);
        password.setWidthFull();
        save.setText(getTranslation("reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER);
        message.getElement().setAttribute("role", "status");
        form.add(password, save);
        H1 brand = new H1("Polku");
        brand.addClassName("brand");
        Div links = new Div(new Anchor("login", getTranslation("forgot.back")),
                new Anchor("forgot-password", getTranslation("reset.ask-again")));
        links.addClassName("auth-alt");
        Div card = new Div(brand, new H2(getTranslation("reset.title")), message, form, links,
                new LanguageSwitch(l -> { }));
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        switch (resets.check(token)) {
            case VALID -> message.setText(getTranslation("reset.intro"));
            case EXPIRED -> refuse("reset.link.expired");
            case INVALID -> refuse("reset.link.invalid");
        }
    }

    private void save() {
        password.setInvalid(false);
        try {
            resets.reset(token, password.getValue());
        } catch (PasswordResetException refused) {
            if (refused.linkRefused()) {
                refuse(refused.messageKey());
            } else {
                password.setErrorMessage(getTranslation(refused.messageKey(), PasswordPolicy.MIN_LENGTH));
                password.setInvalid(true);
                password.focus();
            }
            return;
        }
        form.setVisible(false);
        message.setText(getTranslation("reset.done"));
    }

    private void refuse(String key) {
        form.setVisible(false);
        message.setText(getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · Polku";
    }
}
