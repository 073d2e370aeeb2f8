package fi.polku.shell;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Translations from the bundles under {@code i18n/} (one per module, so modules do not edit each
 * other's files); English is the fallback. Swedish is Finland's Swedish ({@code sv-FI}): a browser
 * asking for any Swedish gets it, as Vaadin matches by language when no locale matches exactly.
 */
@Component
class PolkuI18nProvider implements I18NProvider {

    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.of("fi"), Locale.of("sv", "FI"));
    static final List<String> BUNDLES = List.of("i18n.messages", "i18n.learning", "i18n.peerreview",
            "i18n.certificates", "i18n.community", "i18n.gallery", "i18n.schools",
            "i18n.kits", "i18n.settings");
    private static final Logger log = LoggerFactory.getLogger(PolkuI18nProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = null;
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle.containsKey(key)) {
                pattern = bundle.getString(key);
                break;
            }
        }
        if (pattern == null) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** The offered locale in the same language (a profile stores only "sv"), else English. */
    static Locale supported(Locale locale) {
        return LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, supported(locale), NO_FALLBACK);
    }
}
