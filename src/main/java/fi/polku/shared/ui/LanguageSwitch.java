package fi.polku.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Lets anyone pick the UI language. The choice lives in the session (and, through the listener,
 * in the user's profile) and the page reloads so every label follows.
 */
public class LanguageSwitch extends Select<Locale> {

    /** Session attribute holding the language chosen in this session. */
    public static final String SESSION_LOCALE = "polku.locale";

    public LanguageSwitch(Consumer<Locale> onChange) {
        List<Locale> locales = VaadinService.getCurrent().getInstantiator().getI18NProvider().getProvidedLocales();
        setItems(locales);
        setItemLabelGenerator(l -> l.getDisplayLanguage(l).substring(0, 1).toUpperCase(l)
                + l.getDisplayLanguage(l).substring(1));
        setAriaLabel(getTranslation("language.label"));
        setTooltipText(getTranslation("language.label"));
        addClassName("language-switch");
        setWidth("9em");
        setValue(locales.stream().filter(l -> l.getLanguage().equals(UI.getCurrent().getLocale().getLanguage()))
                .findFirst().orElse(locales.getFirst()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Locale chosen = e.getValue();
                VaadinSession session = VaadinSession.getCurrent();
                session.setAttribute(SESSION_LOCALE, chosen);
                session.setLocale(chosen);
                onChange.accept(chosen);
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
