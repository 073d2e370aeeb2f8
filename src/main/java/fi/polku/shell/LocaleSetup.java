package fi.polku.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fi.polku.accounts.CurrentUser;
import fi.polku.shared.ui.LanguageSwitch;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Picks each new UI's language: the one chosen in this session, else the one in the user's
 * profile; without either, Vaadin's match of the browser's languages stands.
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleSetup(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI()));
    }

    private void apply(UI ui) {
        if (ui.getSession().getAttribute(LanguageSwitch.SESSION_LOCALE) instanceof Locale chosen) {
            ui.setLocale(chosen);
            return;
        }
        // The profile keeps only the language; the UI needs the offered locale, whose formats differ.
        currentUser.get().ifPresent(user -> ui.setLocale(PolkuI18nProvider.supported(user.language())));
    }
}
