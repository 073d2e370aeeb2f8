package fi.polku.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every module's UI text exists in every language, and no key is claimed by two modules. */
class TranslationBundlesTest {

    private static Properties load(String base, Locale locale) throws IOException {
        String name = "/" + base.replace('.', '/') + (locale == Locale.ENGLISH ? "" : "_" + locale.getLanguage()) + ".properties";
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        for (String base : PolkuI18nProvider.BUNDLES) {
            Set<String> english = new TreeSet<>(load(base, Locale.ENGLISH).stringPropertyNames());
            for (Locale locale : PolkuI18nProvider.LOCALES) {
                assertThat(new TreeSet<>(load(base, locale).stringPropertyNames())).as(base + " in " + locale)
                        .isEqualTo(english);
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String base : PolkuI18nProvider.BUNDLES) {
            for (String key : load(base, Locale.ENGLISH).stringPropertyNames()) {
                String before = owner.put(key, base);
                assertThat(before).as("'" + key + "' is in both " + before + " and " + base).isNull();
            }
        }
    }

    @Test
    void finnishTextKeepsItsLetters() {
        var provider = new PolkuI18nProvider();
        assertThat(provider.getTranslation("menu.learners", Locale.of("fi"))).isEqualTo("Osallistujat");
        assertThat(provider.getTranslation("sparring.move", Locale.of("fi"))).isEqualTo("Siirrä…");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
