package fi.polku.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.Privacy;
import fi.polku.accounts.PrivacyException;
import fi.polku.accounts.UserAccount;
import fi.polku.shared.DisplayZone;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;
import java.io.OutputStream;

/** "My data": everyone signed in downloads all their data, or deletes their account, for themself only. */
@Route("account")
@Menu(order = 89, icon = "vaadin:user-card", title = "menu.account")
@PermitAll
class AccountView extends Main implements HasDynamicTitle {

    final Anchor download;
    final TextField confirmation = new TextField();
    final Button delete = new Button();
    private final Privacy privacy;
    private final AuthenticationContext authentication;
    private final UserAccount me;

    AccountView(CurrentUser currentUser, Privacy privacy, AuthenticationContext authentication) {
        this.privacy = privacy;
        this.authentication = authentication;
        this.me = currentUser.require();
        addClassName("page");
        download = new Anchor(zip(privacy, me), getTranslation("privacy.download"));
        // looks like the action it is, and stands in a block of its own (no link lost in running text)
        download.addClassNames("download-my-data", "button-link");

        String word = getTranslation("privacy.delete.word");
        confirmation.setLabel(getTranslation("privacy.delete.type", word));
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        delete.setText(getTranslation("privacy.delete.button"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.setEnabled(false);
        // typing the word is the confirmation: no habit of clicking through a dialog deletes an account
        confirmation.addValueChangeListener(e -> delete.setEnabled(matches(e.getValue(), word)));
        delete.addClickListener(e -> deleteMe(word));

        add(new H1(getTranslation("menu.account")),
                new H2(getTranslation("privacy.export.title")), new Paragraph(getTranslation("privacy.export.text")),
                new Div(download),
                new H2(getTranslation("privacy.delete.title")), new Paragraph(getTranslation("privacy.delete.text")),
                confirmation, delete);
    }

    /** Streams the ZIP straight to the browser; the service checks again that it is the person's own. */
    private static DownloadHandler zip(Privacy privacy, UserAccount me) {
        return event -> {
            event.setFileName(fileName(LocalDate.now(DisplayZone.get())));
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                privacy.export(me.id(), out);
            }
        };
    }

    private void deleteMe(String word) {
        if (!matches(confirmation.getValue(), word)) {
            return;
        }
        try {
            privacy.delete(me.id());
        } catch (PrivacyException refused) {
            Notification.show(getTranslation(refused.getMessage()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        authentication.logout();
    }

    static boolean matches(String typed, String word) {
        return typed.strip().equalsIgnoreCase(word);
    }

    static String fileName(LocalDate day) {
        return "polku-my-data-" + day + ".zip";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.account") + " · Polku";
    }
}
