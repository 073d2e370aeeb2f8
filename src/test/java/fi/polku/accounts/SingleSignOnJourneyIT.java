package fi.polku.accounts;

import fi.polku.support.Browser;
import fi.polku.support.TestOidcProvider;
import fi.polku.support.TestOidcProvider.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in with one's organisation in a real browser, against an OpenID Connect provider on
 * loopback: Polku discovers it from its issuer URL, sends the browser there and back, checks the
 * signed ID token and signs the person in as their Polku account, with that account's role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnJourneyIT {

    static final TestOidcProvider provider = TestOidcProvider.start("polku", "polku-test-secret");

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.koulu.";
        registry.add(registration + "client-id", () -> "polku");
        registry.add(registration + "client-secret", () -> "polku-test-secret");
        registry.add(registration + "client-name", () -> "Koulu ID");
        registry.add(registration + "scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider.koulu.issuer-uri", provider::issuer);
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aFacilitatorSignsInWithHerOrganisationAndKeepsHerPolkuRole() {
        // The provider's name for her differs from Polku's, and so does the case of her address.
        provider.signsInAs(new Person("kaisa-at-koulu", "Kaisa@Polku.local", true, "K. Kouluttaja (Koulu)", "en-GB"));
        try (Browser browser = new Browser(port)) {
            // A link to a facilitator's page leads to the login view first, and back after signing in.
            browser.open("learners");
            browser.waitFor(By.cssSelector("vaadin-login-form"));
            browser.click("Sign in with Koulu ID");

            assertThat(browser.gridRow(By.tagName("vaadin-grid"), "Aino Äijälä")).isNotEmpty();
            // Spring marks the restored request with "?continue"
            assertThat(browser.driver.getCurrentUrl()).contains("/learners");
            // Her Polku profile speaks Finnish and names her as she wrote it there.
            assertThat(browser.waitFor(By.cssSelector(".user-name")).getText()).isEqualTo("Kaisa Kouluttaja");
            assertThat(browser.waitFor(By.cssSelector("vaadin-side-nav")).getText()).contains("Osallistujat");

            browser.open("");
            browser.waitForText(By.tagName("h1"), "Tervetuloa, Kaisa Kouluttaja!");
        }
        assertThat(accounts.findByEmail("kaisa@polku.local")).get().extracting(UserAccount::roles)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).contains(Role.FACILITATOR);
    }

    @Test
    void anUnknownAddressIsToldToRegisterAndStaysSignedOut() {
        provider.signsInAs(new Person("stranger-at-koulu", "stranger@koulu.example", true, "Stranger", null));
        try (Browser browser = new Browser(port)) {
            browser.open("login");
            browser.click("Sign in with Koulu ID");

            browser.waitForText(By.cssSelector(".sso [role='alert']"), "no Polku account uses that e-mail address");
            assertThat(browser.driver.getCurrentUrl()).contains("/login?sso-error=unknown-account");
            browser.open("learners");
            browser.waitFor(By.cssSelector("vaadin-login-form"));
        }
        assertThat(accounts.findByEmail("stranger@koulu.example")).isEmpty();
    }

    @Test
    void anUnverifiedAddressSignsNobodyIn() {
        // Someone at the provider claims Aino's address without having proved it.
        provider.signsInAs(new Person("claims-to-be-aino", "aino@polku.local", false, "Aino?", null));
        try (Browser browser = new Browser(port)) {
            browser.open("login");
            browser.click("Sign in with Koulu ID");

            browser.waitForText(By.cssSelector(".sso [role='alert']"), "did not confirm your e-mail address");
            browser.open("");
            browser.waitFor(By.cssSelector("vaadin-login-form"));
        }
    }
}
