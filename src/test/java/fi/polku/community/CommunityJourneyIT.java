package fi.polku.community;

import fi.polku.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The community in real browsers: two learners discuss a lesson (one hears of the reply through
 * the bell), one shares a story of a failed experiment in the gallery by public link, which works
 * logged out; the other reports an advert posted in the lesson, and the facilitator hides it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityJourneyIT {

    private static final String LESSON = "courses/innovative-teachers/welcome";
    private static final String PASSWORD = "yhteiso-2026-polku";
    private static final String QUESTION = "I tried exit tickets at the end of every lesson. In the first week it"
            + " did not work: pupils answered with one word. Which questions work for you?";
    private static final String ANSWER = "Ask \"what surprised you today?\" - my pupils write whole sentences.";
    private static final String ADVERT = "Buy my ready-made lesson plans, only 5 euros each!";
    private static final String REPORT_REASON = "An advert, not part of the course discussion.";
    private static final String STORY_TITLE = "Exit tickets: what went wrong and what I changed";

    @LocalServerPort
    int port;

    @Test
    void twoLearnersDiscussOneSharesAStoryAndTheFacilitatorHidesAReportedAdvert() {
        List<Browser> browsers = new ArrayList<>();
        try {
            Browser helmi = new Browser(port);
            browsers.add(helmi);
            registerAndJoin(helmi, "Helmi Hakala", "helmi.community@koulu.fi");
            Browser juho = new Browser(port);
            browsers.add(juho);
            registerAndJoin(juho, "Juho Nieminen", "juho.community@koulu.fi");

            helmi.open(LESSON);
            startThread(helmi, QUESTION);
            juho.open(LESSON);
            juho.waitForText(By.cssSelector(".thread-card .post-body"), "Which questions work for you?");
            juho.type("Reply", ANSWER);
            juho.click("Send reply");
            juho.waitForText(By.cssSelector(".thread-replies .post-body"), "what surprised you today?");
            startThread(juho, ADVERT);

            helmi.open("courses");
            helmi.waitForText(By.cssSelector(".bell-count"), "1");
            helmi.click(By.cssSelector("vaadin-button.notification-bell"));
            helmi.waitForText(By.cssSelector(".notification-item.unread"), "Juho Nieminen replied to your post");
            helmi.click(By.cssSelector(".notification-item vaadin-button"));
            helmi.waitForText(By.cssSelector(".thread-replies .post-author"), "Juho Nieminen");

            helmi.click(By.xpath("//div[contains(@class,'thread-card')][.//div[contains(@class,'post-body')]"
                    + "[contains(.,'lesson plans')]]//vaadin-button[normalize-space()='Report']"));
            helmi.type("What is wrong with it?", REPORT_REASON);
            helmi.click("Send");
            helmi.waitFor(By.xpath("//div[contains(@class,'thread-card')]"));

            String publicPath = shareAStoryByLink(helmi);
            juho.open("gallery/innovative-teachers");
            juho.waitForText(By.cssSelector("main"), STORY_TITLE);
            try (Browser stranger = new Browser(port)) {
                stranger.open(publicPath);
                stranger.waitForText(By.tagName("h1"), STORY_TITLE);
                assertThat(stranger.waitFor(By.tagName("body")).getText()).contains("the first week");
            }

            Browser kaisa = new Browser(port);
            browsers.add(kaisa);
            kaisa.logIn("kaisa@polku.local", "polku-demo-1");
            kaisa.waitForText(By.tagName("h1"), "Kaisa Kouluttaja");
            kaisa.open("discussions/reports");
            kaisa.waitForText(By.cssSelector(".report-card"), REPORT_REASON);
            kaisa.waitForText(By.cssSelector(".report-card .reported-text"), ADVERT);
            kaisa.click(By.xpath("//div[contains(@class,'report-card')]//vaadin-button[normalize-space()='Piilota']"));
            kaisa.type("Syy (tallentuu moderointihistoriaan)", "Mainos");
            kaisa.click("Lähetä");
            kaisa.waitForText(By.cssSelector(".empty-state"), "Avoimia ilmoituksia ei ole");

            helmi.open(LESSON);
            helmi.waitForText(By.cssSelector(".thread-card .post-body"), "Which questions work for you?");
            assertThat(helmi.waitFor(By.id("discussion")).getText()).doesNotContain(ADVERT).contains(ANSWER);
            juho.open(LESSON);
            juho.waitForText(By.cssSelector(".post-header"), "Hidden");
            kaisa.open(LESSON);
            kaisa.waitForText(By.cssSelector(".post-header"), "Piilotettu");
        } catch (RuntimeException | AssertionError e) {
            for (int i = 0; i < browsers.size(); i++) {
                browsers.get(i).screenshot(java.nio.file.Path.of("target/community-journey-" + i + ".png"));
            }
            throw e;
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    private static void registerAndJoin(Browser browser, String name, String email) {
        browser.open("register");
        browser.type("Full name", name);
        browser.type("Email", email);
        browser.type("Password", PASSWORD);
        browser.click("Create account");
        browser.waitForText(By.tagName("h1"), "Welcome, " + name + "!");
        browser.open("courses/innovative-teachers");
        browser.click(By.xpath("//div[contains(@class,'cohort-row')][span[starts-with(normalize-space(),'Demo ')]]"
                + "//vaadin-button[normalize-space()='Join']"));
        browser.waitFor(By.xpath("//h2[normalize-space()='Your progress']"));
    }

    private static void startThread(Browser browser, String text) {
        browser.type("Start a thread", text);
        browser.click("Post");
        browser.waitFor(By.xpath("//div[contains(@class,'post-body')][contains(., \""
                + text.substring(0, 30) + "\")]"));
    }

    /** Shares a story with "anyone with the link" and returns the link's path on this server. */
    private static String shareAStoryByLink(Browser helmi) {
        helmi.open("gallery/innovative-teachers");
        helmi.click("Share a story of what I learned");
        helmi.type("Title", STORY_TITLE);
        helmi.type("Text", "In the first week pupils answered with one word. A peer's question changed that.");
        helmi.click(By.xpath("//vaadin-radio-button[normalize-space()='Anyone with the link, also outside Polku']"));
        helmi.click("Publish");
        helmi.waitForText(By.tagName("h1"), STORY_TITLE);
        String link = helmi.waitFor(By.xpath("//vaadin-text-field[label[normalize-space()='Public link']]//input"))
                .getDomProperty("value");
        assertThat(link).contains("gallery/shared/");
        return link.substring(link.indexOf("gallery/shared/"));
    }
}
