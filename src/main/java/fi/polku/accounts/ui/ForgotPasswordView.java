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
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.polku.accounts.PasswordResets;
import fi.polku.shared.ui.LanguageSwitch;

/**
 * Asking for a password reset link. Anyone may open it; the answer is the same whether the email
 * has an account or not, so it tells nobody who uses Polku.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    private final PasswordResets resets;

    ForgotPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("auth-page");
        H1 brand = new H1("Polku");
        brand.addClassName("brand");
        Div card = new Div(brand, new H2(getTranslation("forgot.title")));
        card.addClassName("auth-card");
        if (resets.available()) {
            email.setLabel(getTranslation("login.email"));
            email.setRequiredIndicatorVisible(true);
            email.setWidthFull();
            send.setText(getTranslation("forgot.send"));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClickListener(e -> request());
            send.addClickShortcut(Key.ENTER);
            answer.setVisible(false);
            answer.getElement().setAttribute("role", "status");
            card.add(new Paragraph(getTranslation("forgot.intro")), email, send, answer);
        } else {
            card.add(new Paragraph(getTranslation("forgot.unavailable")));
        }
        Div back = new Div(new Anchor("login", getTranslation("forgot.back")));
        back.addClassName("auth-alt");
        card.add(back, new LanguageSwitch(l -> { }));
        add(card);
    }

    private void request() {
        if (email.getValue().isBlank()) {
            email.setErrorMessage(getTranslation("register.email.invalid"));
            email.setInvalid(true);
            return;
        }
        email.setInvalid(false);
        VaadinRequest request = VaadinRequest.getCurrent();
        resets.request(email.getValue(), request == null ? null : request.getRemoteAddr());
        answer.setText(getTranslation("forgot.sent"));
        answer.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · Polku";
    }
}
