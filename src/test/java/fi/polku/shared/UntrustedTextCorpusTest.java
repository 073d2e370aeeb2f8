package fi.polku.shared;

import fi.polku.support.XssCorpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole XSS corpus through the renderers, without a browser: cheap regression protection in
 * the default test phase. {@code XssCorpusIT} shows the same payloads to real Chromium.
 */
class UntrustedTextCorpusTest {

    private static final Set<String> ACTIVE = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "style", "link", "meta", "base", "svg", "math", "form", "input", "button", "isindex",
            "textarea", "select", "video", "audio", "img", "image", "xml", "layer", "bgsound", "marquee", "template",
            "noscript");
    private static final Set<String> ACTIVE_IN_COURSES = Set.of("script", "frame", "frameset", "object", "embed",
            "applet", "style", "link", "meta", "base", "svg", "math", "form", "input", "button", "isindex",
            "textarea", "select", "xml", "template");

    @Test
    void corpusHasAtLeastTwoHundredDistinctPayloads() {
        assertThat(XssCorpus.load()).hasSizeGreaterThanOrEqualTo(200);
    }

    /** Guards the guard: unrendered, most payloads must trip the check, or it would prove nothing. */
    @Test
    void theCheckCatchesMostPayloadsWhenNothingIsSanitised() {
        long caught = XssCorpus.load().stream().filter(p -> !problemsIn(p.text(), ACTIVE).isEmpty()).count();
        assertThat(caught).isGreaterThan(XssCorpus.load().size() / 2);
    }

    @Test
    void learnerTextNeverCarriesScriptsHandlersOrScriptUrls() {
        assertClean(UntrustedText::toHtml, ACTIVE);
    }

    @Test
    void courseContentPolicyNeverCarriesScriptsHandlersOrScriptUrls() {
        var policy = SafeHtml.policy(true, Set.of("www.youtube-nocookie.com"));
        assertClean(policy::sanitize, ACTIVE_IN_COURSES);
    }

    private static void assertClean(UnaryOperator<String> renderer, Set<String> forbiddenElements) {
        List<String> problems = new ArrayList<>();
        for (XssCorpus.Payload p : XssCorpus.load()) {
            for (String input : List.of(p.text(), p.marked())) {
                problemsIn(renderer.apply(input), forbiddenElements)
                        .forEach(problem -> problems.add("#" + p.id() + " " + p.text() + " -> " + problem));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What a browser could run in this HTML: active elements, handlers, script-bearing URLs. */
    static List<String> problemsIn(String html, Set<String> forbiddenElements) {
        List<String> problems = new ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (forbiddenElements.contains(e.normalName())) {
                problems.add("<" + e.normalName() + ">");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) {
                    problems.add(name + " on <" + e.normalName() + ">");
                } else if (scriptUrl(a.getValue())) {
                    problems.add(name + "=" + a.getValue());
                }
            }
        }
        return problems;
    }

    /** After the entity decoding jsoup has done, with spaces and control characters gone as a browser drops them. */
    static boolean scriptUrl(String value) {
        String squeezed = value.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        return squeezed.startsWith("javascript:") || squeezed.startsWith("vbscript:") || squeezed.startsWith("data:");
    }
}
