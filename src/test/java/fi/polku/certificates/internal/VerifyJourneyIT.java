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
        }
        HttpClient http = HttpClient.newHttpClient();
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
