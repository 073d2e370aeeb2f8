package fi.polku.shell;

import fi.polku.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer's first visit in a real browser: register, log out, log in, switch to Finnish. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstVisitJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void registerLogOutLogInAndSwitchToFinnish() {
        try (Browser browser = new Browser(port)) {
            browser.open("register");
            browser.type("Full name", "Eeva Äänismaa");
            browser.type("Email", "eeva@koulu.fi");
            browser.type("Password", "eevan-salasana-2026");
            browser.click("Create account");

            browser.waitForText(By.tagName("h1"), "Welcome, Eeva Äänismaa!");
            browser.click("Log out");

            browser.waitFor(By.cssSelector("vaadin-login-form"));
            browser.waitFor(By.cssSelector("input[name='username']")).sendKeys("eeva@koulu.fi");
            browser.waitFor(By.cssSelector("input[name='password']")).sendKeys("eevan-salasana-2026");
            browser.waitFor(By.cssSelector("vaadin-login-form vaadin-button")).click();

            browser.waitForText(By.tagName("h1"), "Welcome, Eeva Äänismaa!");
            assertThat(browser.waitFor(By.cssSelector(".user-name")).getText()).isEqualTo("Eeva Äänismaa");

            browser.waitFor(By.cssSelector("vaadin-select.language-switch")).click();
            browser.waitFor(By.xpath("//vaadin-select-item[normalize-space()='Suomi']")).click();

            browser.waitForText(By.tagName("h1"), "Tervetuloa, Eeva Äänismaa!");
            assertThat(browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Kirjaudu ulos']")).isDisplayed())
                    .isTrue();
            assertThat(browser.driver.findElement(By.cssSelector("vaadin-side-nav")).getText()).contains("Etusivu");
        }
    }
}
