package fi.polku.security;

import fi.polku.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A headless Chromium that notices script running: before any page script, alert, confirm, prompt
 * and print are replaced by recorders, and {@code __x(n)} (what the marked corpus calls) and a
 * {@code window.__xss} marker record too. After each page it also scans the DOM, shadow roots and
 * same-origin frames included, for script-bearing URLs and for handlers inside learner text.
 */
final class XssProbe implements AutoCloseable {

    private static final String HOOKS = """
            (() => {
              const sink = (() => { try { return window.top.__xssHits ? window.top : window; } catch (e) { return window; } })();
              window.__xssHits = window.__xssHits || [];
              const record = what => (sink.__xssHits || window.__xssHits).push(what + ' in ' + location.href);
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                window[name] = (...args) => { record(name + '(' + args.map(String).join(',') + ')'); return null; };
              }
              window.__x = id => record('payload #' + id);
              Object.defineProperty(window, '__xss', { configurable: true, get: () => undefined,
                  set: v => record('__xss=' + v) });
            })();
            """;

    /** Finds, in every tree of the page, what a click or a render could turn into script. */
    private static final String SCAN = """
            const found = [];
            const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background',
                'poster', 'codebase', 'dynsrc', 'lowsrc', 'srcdoc', 'cite'];
            // The DOM holds attribute values already entity-decoded by the HTML parser; what a click would
            // follow is that value resolved as a URL (the URL parser drops tabs, newlines and outer spaces).
            const protocol = v => { try { return new URL(v, document.baseURI).protocol; } catch (e) { return ''; } };
            const squeeze = v => v.replace(/[\\u0000-\\u0020\\u007f]/g, '').toLowerCase();
            const scripted = v => ['javascript:', 'vbscript:'].includes(protocol(v))
                || /^(javascript:|vbscript:|data:text\\/html|data:image\\/svg)/.test(squeeze(v));
            const learnerText = '.markdown, .learner-text, .post-body, .gallery-text';
            const visit = root => {
              for (const el of root.querySelectorAll('*')) {
                for (const a of el.attributes) {
                  const name = a.name.toLowerCase();
                  if (urlAttributes.includes(name) && scripted(a.value) || name === 'srcdoc') {
                    found.push(el.tagName.toLowerCase() + ' ' + name + '=' + a.value.substring(0, 120));
                  }
                  if (name.startsWith('on') && el.closest(learnerText)) {
                    found.push(el.tagName.toLowerCase() + ' ' + name + '=' + a.value.substring(0, 120));
                  }
                }
                if (el.closest(learnerText) && /^(script|iframe|object|embed|form|base|meta|link|style|svg|math|img)$/i
                    .test(el.tagName)) {
                  found.push('<' + el.tagName.toLowerCase() + '> in learner text');
                }
                if (el.shadowRoot) visit(el.shadowRoot);
                if (el.tagName === 'IFRAME') { try { if (el.contentDocument) visit(el.contentDocument); } catch (e) {} }
              }
            };
            visit(document);
            return found;
            """;

    private final Browser browser;
    final List<String> hits = new ArrayList<>();
    final List<String> dangerousLinks = new ArrayList<>();
    int pages;

    XssProbe(int port) {
        browser = new Browser(port);
        ((ChromiumDriver) browser.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", HOOKS));
    }

    void logIn(String email, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.logIn(email, password);
        browser.waitFor(By.tagName("h1"));
        settle();
    }

    void logOut() {
        browser.driver.manage().deleteAllCookies();
    }

    /**
     * Opens a page, waits for the element that shows the planted text and for the text itself (the
     * marked corpus shows as {@code __x(n)} wherever it stays text), and records what it finds.
     */
    void check(String who, String path, By planted) {
        browser.open(path);
        browser.waitFor(planted);
        waitForPlantedText(path);
        record(who + " " + path);
    }

    /** For a page whose planted text may hold no marker (a notification naming someone). */
    void checkLoose(String who, String path, By planted) {
        browser.open(path);
        browser.waitFor(planted);
        record(who + " " + path);
    }

    private void waitForPlantedText(String what) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30), Duration.ofMillis(100))
                .withMessage("no planted text on " + what)
                .until(d -> Boolean.TRUE.equals(browser.script("return document.body.innerText.includes('__x(')")));
    }

    /** Runs a script on the page already open (opening a dialog, scrolling a grid), then records again. */
    void act(String who, String what, String script, By planted) {
        browser.script(script);
        browser.waitFor(planted);
        waitForPlantedText(what);
        record(who + " " + what);
    }

    /**
     * Guards the guard: plants, on the page already open, a link to a tab-split javascript: URL and an
     * image whose onerror calls the marker, and returns what the probe saw of them. The caller
     * asserts both were caught; then they are forgotten, so the real count starts from zero.
     */
    List<String> selfTest() {
        browser.script("document.body.insertAdjacentHTML('beforeend', '<div class=\"markdown\">"
                + "<a href=\" java&#x09;script:void(0)\">x</a><img src=\"/no-such-image\" onerror=\"__x(0)\"></div>')");
        int before = pages;
        record("self-test");
        pages = before;
        List<String> seen = new ArrayList<>(hits);
        seen.addAll(dangerousLinks);
        hits.clear();
        dangerousLinks.clear();
        return seen;
    }

    /** Runs a script that shows more of the same page (scrolls a lazy grid) and looks again; no new page. */
    void rescan(String what, String script) {
        browser.script(script);
        pages--;
        record(what);
    }

    /** A script that clicks the button in the cohort grid row of this learner, scrolling until it is rendered. */
    static String openPlanOf(String learner) {
        return """
                const grid = document.querySelector('vaadin-grid');
                const content = cell => cell.querySelector('slot')?.assignedElements()[0];
                for (const tr of grid.shadowRoot.querySelectorAll('#items tr')) {
                  const cells = [...tr.querySelectorAll('td')].map(content);
                  if (cells.some(c => c?.textContent.trim() === '%s')) {
                    cells.map(c => c?.querySelector('vaadin-button')).find(b => b).click();
                    return;
                  }
                }
                throw new Error('no row for %s');
                """.formatted(learner, learner);
    }

    Browser browser() {
        return browser;
    }

    @SuppressWarnings("unchecked")
    private void record(String page) {
        settle();
        pages++;
        ((List<Object>) browser.script("return window.__xssHits || []")).forEach(h -> hits.add(page + ": " + h));
        browser.script("window.__xssHits = []");
        ((List<Object>) browser.script(SCAN)).forEach(d -> dangerousLinks.add(page + ": " + d));
    }

    /**
     * Waits until Vaadin has no round trip in flight (a page without Vaadin, such as the verify page,
     * only until it has loaded), then gives images a moment to fail to load: an onerror payload would
     * fire then. Not a timing assertion, only a settle before looking.
     */
    private void settle() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30), Duration.ofMillis(50)).until(d -> Boolean.TRUE.equals(
                browser.script("const c = window.Vaadin?.Flow?.clients; return document.readyState === 'complete' && "
                        + "(!window.Vaadin || !!c && Object.values(c).every(x => !x.isActive()))")));
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        browser.close();
    }
}
