package fi.polku.shell;

import fi.polku.support.Browser;
import fi.polku.support.RowCollision;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * In a real browser, a learner's "Mark as done" collides with another write of their enrolment
 * (another tab, an event), for real in the database ({@link RowCollision}). The learner is told what happened in words,
 * clicks again, and the lesson is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorFeedbackIT {

    private static final String COURSE = "courses/innovative-teachers";

    @LocalServerPort
    int port;

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void aClickThatLosesARaceSaysSoAndTheNextClickWorks() throws Exception {
        String email = "ilkka-" + UUID.randomUUID() + "@koulu.fi";
        try (Browser browser = new Browser(port)) {
            browser.open("register");
            browser.type("Full name", "Ilkka Ärväs");
            browser.type("Email", email);
            browser.type("Password", "ilkan-salasana-2026");
            browser.click("Create account");
            browser.waitForText(By.tagName("h1"), "Welcome, Ilkka Ärväs!");
            browser.open(COURSE);
            browser.click(By.xpath("//div[contains(@class,'cohort-row')][span[starts-with(normalize-space(),'Demo ')]]"
                    + "//vaadin-button[normalize-space()='Join']"));
            browser.waitFor(By.xpath("//h2[normalize-space()='Your progress']"));
            UUID enrolment = jdbc.sql("select e.id from enrolments e join users u on u.id = e.user_id where u.email = ?")
                    .params(email).query(UUID.class).single();

            browser.open(COURSE + "/welcome");
            browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Mark as done']"));
            RowCollision.onVersionOf("enrolments", enrolment, dataSource, () -> browser.click("Mark as done"));

            browser.waitForText(By.cssSelector("vaadin-notification-card"),
                    "Someone saved the same thing at the same moment, so your last step was not saved.");
            Files.createDirectories(Path.of("target/screenshots"));
            browser.screenshot(Path.of("target/screenshots/error-feedback-conflict.png"));

            browser.click("Mark as done");
            browser.waitForText(By.cssSelector(".done-panel [role='status']"), "✓ Done");
        }
    }
}
