package fi.polku.certificates.internal;

import fi.polku.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone, without logging in, checks the demo learner's certificate in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerifyJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    CertificateRepository certificates;

    @Test
    void aVisitorVerifiesACertificateAndDownloadsItsPdfWithoutLoggingIn() throws Exception {
        Certificate aino = certificates.findAll().stream()
                .filter(c -> c.view().learnerName().equals("Aino Äijälä")).findFirst().orElseThrow();
        try (Browser browser = new Browser(port)) {
            browser.open("verify/" + aino.code());
            browser.waitForText(By.cssSelector(".verify-status"), "This certificate is valid.");
            String page = browser.driver.findElement(By.cssSelector(".verify-card")).getText();
            assertThat(page).contains("Aino Äijälä", "Innovatiiviset opettajat");

            browser.open("verify/ABCD-EFGH-JKMN-PQRS-T");
            browser.waitForText(By.cssSelector(".verify-status"), "No certificate has this code.");
            assertThat(browser.driver.findElement(By.cssSelector(".verify-card")).getText()).doesNotContain("Aino");

            // the visitor types the code as printed, lower case, and checks it; then reads the page in Finnish
            browser.driver.findElement(By.id("code")).clear();
            browser.driver.findElement(By.id("code")).sendKeys(aino.code().toLowerCase(java.util.Locale.ROOT));
            browser.driver.findElement(By.cssSelector(".verify-form button")).click();
            browser.waitForText(By.cssSelector(".verify-status"), "This certificate is valid.");
            browser.driver.findElement(By.linkText("Suomi")).click();
            browser.waitForText(By.cssSelector(".verify-status"), "Todistus on voimassa.");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tarkista todistus");
            assertThat(browser.driver.manage().getCookies()).as("no session was opened for the visitor").isEmpty();
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/verify/" + aino.code())).header("Accept-Language", "fi").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Aino Äijälä", "Todistus on voimassa.");
        assertThat(page.headers().allValues("Set-Cookie")).as("no session cookie").isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/certificates/" + aino.code() + ".pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        HttpResponse<String> guessed = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/certificates/ABCD-EFGH-JKMN-PQRS-T.pdf")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(guessed.statusCode()).isEqualTo(404);
        HttpResponse<String> badge = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/badges/" + aino.code() + ".json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badge.statusCode()).isEqualTo(200);
        assertThat(badge.body()).contains("OpenBadgeCredential", "Aino Äijälä");
    }
}
