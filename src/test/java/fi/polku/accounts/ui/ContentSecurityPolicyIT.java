package fi.polku.accounts.ui;

import fi.polku.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Polku in a real Chromium with its Content-Security-Policy on: signing in and moving between views
 * raises no policy violation, the session id changes at login, and the public verify page and PDF work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentSecurityPolicyIT {

    /**
     * Installed before any page script runs, in every document the tab loads: the browser fires
     * {@code securitypolicyviolation} for each thing the policy blocks, and the list survives page loads.
     */
    static final String RECORD_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => {
              const seen = JSON.parse(sessionStorage.getItem('cspViolations') || '[]');
              seen.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
              sessionStorage.setItem('cspViolations', JSON.stringify(seen));
            });
            """;

    @LocalServerPort
    int port;

    @Test
    void signsInAndMovesBetweenViewsWithoutAnyPolicyViolation() throws Exception {
        try (Browser browser = new Browser(port)) {
            ((ChromeDriver) browser.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", RECORD_VIOLATIONS));

            browser.open("login");
            browser.waitFor(By.cssSelector("vaadin-login-form"));
            // The recorder hears the browser: an image from elsewhere is blocked and reported.
            browser.script("const img = document.createElement('img'); img.src = 'https://example.org/x.png';"
                    + " document.body.appendChild(img);");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                    .until(d -> !violations(browser).isEmpty());
            assertThat(violations(browser)).singleElement().asString().startsWith("img-src blocked https://example.org/x.png");
            browser.script("sessionStorage.removeItem('cspViolations');");
            Cookie before = browser.driver.manage().getCookieNamed("JSESSIONID");
            assertThat(before).as("a session cookie before login").isNotNull();
            assertThat(before.isHttpOnly()).isTrue();
            assertThat(before.getSameSite()).isEqualTo("Lax");

            browser.logIn("aino@polku.local", "polku-demo-1");
            browser.waitForText(By.tagName("h1"), "Aino");
            Cookie after = browser.driver.manage().getCookieNamed("JSESSIONID");
            assertThat(after.getValue()).as("session id after login").isNotEqualTo(before.getValue());

            // Aino reads Polku in Finnish.
            browser.click(By.cssSelector("vaadin-side-nav-item[path='courses']"));
            browser.waitForText(By.tagName("h1"), "Kurssit");
            browser.open("certificates");
            String pdfLink = browser.waitFor(By.cssSelector("a[href$='.pdf']")).getDomAttribute("href");
            browser.open("notifications");
            browser.waitFor(By.tagName("h1"));

            Matcher code = Pattern.compile("certificates/([^/.?]+)\\.pdf").matcher(pdfLink);
            assertThat(code.find()).as("a certificate link in " + pdfLink).isTrue();
            browser.driver.manage().deleteAllCookies();
            browser.open("verify/" + code.group(1));
            browser.waitForText(By.tagName("main"), "This certificate is valid.");

            assertThat(violations(browser)).isEmpty();

            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/certificates/" + code.group(1) + ".pdf")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
            assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(Browser browser) {
        Object seen = browser.script("return JSON.parse(sessionStorage.getItem('cspViolations') || '[]');");
        return (List<String>) seen;
    }
}
