package fi.polku.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import fi.polku.content.CourseCatalog;
import fi.polku.content.LessonSummary;
import fi.polku.learning.Cohorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main views, rendered in every UI language for the role that uses them, show no raw
 * translation key: the provider answers a missing key with "!key!", which this looks for in every
 * text, attribute and property (labels, placeholders, aria-labels) of the rendered component tree.
 */
@SpringBootTest
class NoRawKeysTest extends SpringBrowserlessTest {

    private static final String COURSE = "innovative-teachers";
    private static final Pattern RAW_KEY = Pattern.compile("![a-zA-Z][\\w-]*(\\.[\\w-]+)+!");

    @Autowired
    CourseCatalog catalog;
    @Autowired
    Cohorts cohorts;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fi", "sv-FI"})
    @WithUserDetails("aino@polku.local")
    void aLearnersViewsAreFullyTranslated(String language) {
        List<String> routes = new ArrayList<>(List.of("", "courses", "courses/" + COURSE, "notifications", "gallery",
                "gallery/" + COURSE, "kits", "kits/mine", "certificates"));
        catalog.course(COURSE, Locale.ENGLISH).orElseThrow().parts().stream()
                .flatMap(part -> part.lessons().stream()).map(LessonSummary::id)
                .forEach(lesson -> routes.add("courses/" + COURSE + "/" + lesson));
        assertNoRawKeys(language, routes);
    }

    @Test
    @WithUserDetails("aino@polku.local")
    void aSwedishReaderIsToldTheLessonIsShownInTheCoursesOwnLanguage() {
        UI.getCurrent().setLocale(Locale.of("sv", "FI"));
        UI.getCurrent().navigate("forgot-password");
        UI.getCurrent().navigate("courses/" + COURSE + "/needs-survey");

        assertThat(((Component) getCurrentView()).getElement().getTextRecursively())
                .contains("Den här lektionen finns inte på svenska, så den visas på engelska.", "Needs survey");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fi", "sv-FI"})
    @WithUserDetails("kaisa@polku.local")
    void aFacilitatorsViewsAreFullyTranslated(String language) {
        String demo = cohorts.mine().stream().filter(c -> c.name().startsWith("Demo")).findFirst().orElseThrow()
                .id().toString();
        assertNoRawKeys(language, List.of("", "cohorts", "cohorts/" + demo, "moderation", "learners",
                "discussions/reports", "kits", "kits/desk", "kits/edit", "certificates/desk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fi", "sv-FI"})
    @WithUserDetails("admin@polku.local")
    void anAdminsViewsAreFullyTranslated(String language) {
        assertNoRawKeys(language, List.of("admin/users", "admin/content", "certificates/desk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fi", "sv-FI"})
    @WithAnonymousUser
    void thePublicViewsAreFullyTranslated(String language) {
        // the verify page is no Vaadin view: VerifyPageTest reads its HTML in each language
        assertNoRawKeys(language, List.of("login", "register"));
    }

    private void assertNoRawKeys(String language, List<String> routes) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, List<String>> rawKeysByRoute = new TreeMap<>();
        UI.getCurrent().setLocale(locale);
        // The test's UI opened a view (and the main layout) before the language was set; a view
        // outside the layout makes the next navigation build everything anew, as a reload would.
        UI.getCurrent().navigate("forgot-password");
        for (String route : routes) {
            UI.getCurrent().navigate(route);
            String view = getCurrentView().getClass().getSimpleName();
            assertThat(view).as("/" + route + " opens a view, not an error page").doesNotContain("Error", "NotFound");
            Element page = outermost((Component) getCurrentView()).getElement();
            assertThat(page.getTextRecursively()).as("/" + route + " shows some text").isNotBlank();
            if (locale.getLanguage().equals("sv")) {
                assertThat(page.getTextRecursively()).as("/" + route + " is in Swedish")
                        .containsAnyOf("Logga ut", "Ny i Polku", "Skapa ett konto", "Verifiera");
            }
            List<String> raw = new ArrayList<>();
            collect(page, raw);
            UI.getCurrent().getChildren().forEach(overlay -> collect(overlay.getElement(), raw));
            if (!raw.isEmpty()) {
                rawKeysByRoute.put("/" + route + " (" + view + ")", raw);
            }
        }
        assertThat(rawKeysByRoute).as("raw keys shown in " + language).isEmpty();
    }

    /** The main layout around the view (the UI keeps its content under an element of its own). */
    private static Component outermost(Component view) {
        Component top = view;
        while (top.getParent().filter(parent -> !(parent instanceof UI)).isPresent()) {
            top = top.getParent().orElseThrow();
        }
        return top;
    }

    private static void collect(Element element, List<String> raw) {
        if (element.isTextNode()) {
            find(element.getText(), raw);
        }
        element.getAttributeNames().forEach(name -> find(element.getAttribute(name), raw));
        element.getPropertyNames().forEach(name -> {
            if (element.getPropertyRaw(name) instanceof String text) {
                find(text, raw);
            }
        });
        element.getChildren().forEach(child -> collect(child, raw));
    }

    private static void find(String text, List<String> raw) {
        if (text == null) {
            return;
        }
        Matcher m = RAW_KEY.matcher(text);
        while (m.find()) {
            raw.add(m.group());
        }
    }
}
