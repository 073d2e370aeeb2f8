package fi.polku.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import fi.polku.accounts.internal.SingleSignOnProviders;

import java.util.List;
import java.util.Set;

/**
 * "Sign in with …" on the login view, one button per configured OpenID Connect provider, and why
 * the last attempt was refused. Hidden when no provider is configured.
 */
class SingleSignOnPanel extends Div implements BeforeEnterObserver {

    /** The codes SingleSignOnLogin sends; anything else in the URL reads as a plain failure. */
    private static final Set<String> REASONS = Set.of("unknown-account", "unverified-email", "no-email",
            "identity-conflict", "not-openid", "failed");

    final List<Button> buttons;
    final Paragraph error = new Paragraph();

    SingleSignOnPanel(SingleSignOnProviders providers) {
        addClassName("sso");
        buttons = providers.all().stream().map(p -> {
            Button button = new Button(getTranslation("login.sso.button", p.label()),
                    e -> UI.getCurrent().getPage().setLocation(p.path()));
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            button.setWidthFull();
            return button;
        }).toList();
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(error);
        buttons.forEach(this::add);
        setVisible(!buttons.isEmpty());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var reason = event.getLocation().getQueryParameters().getSingleParameter("sso-error");
        error.setVisible(reason.isPresent());
        reason.ifPresent(code -> error.setText(
                getTranslation("login.sso.error." + (REASONS.contains(code) ? code : "failed"))));
    }
}
