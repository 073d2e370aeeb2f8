package fi.polku.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every module's UI text exists in English, Finnish and Swedish, reads its parameters the way the
 * English text gives them, and no key is claimed by two modules.
 */
class TranslationBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_LINE = Pattern.compile("^([^#!=\\s][^=]*)=", Pattern.MULTILINE);

    private static String file(String base, Locale locale) {
        return "/" + base.replace('.', '/') + (locale == Locale.ENGLISH ? "" : "_" + locale.getLanguage()) + ".properties";
    }

    private static String text(String base, Locale locale) throws IOException {
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(file(base, locale))) {
            assertThat(in).as(file(base, locale)).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties load(String base, Locale locale) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(new java.io.ByteArrayInputStream(text(base, locale).getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
        return p;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void theUiSpeaksEnglishFinnishAndSwedish() {
        assertThat(PolkuI18nProvider.LOCALES).extracting(Locale::getLanguage).containsExactly("en", "fi", "sv");
    }

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        for (String base : PolkuI18nProvider.BUNDLES) {
            Set<String> english = new TreeSet<>(load(base, Locale.ENGLISH).stringPropertyNames());
            for (Locale locale : PolkuI18nProvider.LOCALES) {
                Set<String> translated = new TreeSet<>(load(base, locale).stringPropertyNames());
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(english);
                assertThat(missing).as("keys missing from " + file(base, locale)).isEmpty();
                assertThat(extra).as("keys in " + file(base, locale) + " that English lacks").isEmpty();
            }
        }
    }

    @Test
    void noKeyIsDefinedTwiceInOneFile() throws IOException {
        for (String base : PolkuI18nProvider.BUNDLES) {
            for (Locale locale : PolkuI18nProvider.LOCALES) {
                Set<String> seen = new HashSet<>();
                Matcher m = KEY_LINE.matcher(text(base, locale));
                while (m.find()) {
                    // the second one would silently win
                    assertThat(seen.add(m.group(1).strip())).as(m.group(1) + " twice in " + file(base, locale)).isTrue();
                }
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
    void translationsUseOnlyTheParametersTheEnglishTextGivesAndParse() throws IOException {
        for (String base : PolkuI18nProvider.BUNDLES) {
            Properties english = load(base, Locale.ENGLISH);
            for (Locale locale : PolkuI18nProvider.LOCALES) {
                Properties translated = load(base, locale);
                for (String key : english.stringPropertyNames()) {
                    String pattern = translated.getProperty(key, "");
                    assertThat(placeholders(english.getProperty(key))).as(key + " in " + file(base, locale))
                            .containsAll(placeholders(pattern));
                    if (!placeholders(english.getProperty(key)).isEmpty()) {
                        assertThatCode(() -> new MessageFormat(pattern, locale)).as(key + " in " + file(base, locale))
                                .doesNotThrowAnyException();
                    }
                }
            }
        }
    }

    @Test
    void finnishAndSwedishTextKeepTheirLetters() {
        var provider = new PolkuI18nProvider();
        assertThat(provider.getTranslation("menu.learners", Locale.of("fi"))).isEqualTo("Osallistujat");
        assertThat(provider.getTranslation("sparring.move", Locale.of("fi"))).isEqualTo("Siirrä…");
        assertThat(provider.getTranslation("menu.certificates", Locale.of("sv", "FI"))).isEqualTo("Mina intyg");
        assertThat(provider.getTranslation("users.actions", Locale.of("sv"))).isEqualTo("Åtgärder");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void anySwedishPicksFinlandsSwedishAndUnknownLanguagesGetEnglish() {
        var provider = new PolkuI18nProvider();
        for (Locale swedish : List.of(Locale.of("sv"), Locale.of("sv", "SE"), Locale.of("sv", "FI"))) {
            assertThat(PolkuI18nProvider.supported(swedish)).isEqualTo(Locale.of("sv", "FI"));
            assertThat(provider.getTranslation("catalog.lessons", swedish, 3)).isEqualTo("3 lektioner");
        }
        assertThat(PolkuI18nProvider.supported(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
        assertThat(provider.getTranslation("catalog.lessons", Locale.GERMAN, 1)).isEqualTo("1 lesson");
    }
}
