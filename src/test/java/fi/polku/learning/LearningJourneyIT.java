package fi.polku.learning;

import fi.polku.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first part of the course in a real browser, from both sides: a new learner joins the demo
 * cohort and works through the development path; the facilitator sees it in the cohort and
 * comments on the plan; the learner finds the comment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LearningJourneyIT {

    private static final String COURSE = "courses/innovative-teachers";
    private static final String NAME = "Veera Virtanen";
    private static final String EMAIL = "veera.virtanen@koulu.fi";
    private static final String PASSWORD = "veeran-salasana-2026";
    private static final String REFLECTION = "I chose innovation education because my sixth graders rarely get to"
            + " solve problems of their own. In September we tried a small prototype task, and it taught me"
            + " that pupils need clear roles before they can work in groups of four. The second round went"
            + " better: pupils worked in pairs, one building and one writing down the ideas. Three quiet"
            + " pupils explained their prototypes to the class. Next I want to share the tasks with my"
            + " colleagues and try the pair roles in a longer development project in spring, with a short"
            + " pupil survey before and after.";
    private static final String COMMENT = "A clear goal. Start with one class, and bring your first"
            + " pupil videos to the October sparring.";

    @LocalServerPort
    int port;

    @Test
    void learnerCompletesTheDevelopmentPathAndReadsTheFacilitatorsCommentOnTheirPlan() {
        try (Browser browser = new Browser(port)) {
            registerAndJoinTheDemoCohort(browser);
            markReadingsAndSessionsDone(browser);
            writeTheReflection(browser);
            answerTheNeedsSurvey(browser);
            saveThePlanTwice(browser);

            browser.open(COURSE);
            browser.waitFor(partBar("Development path", "100%"));

            browser.click("Log out");
            browser.waitFor(By.cssSelector("vaadin-login-form"));
            commentOnTheNewestPlanVersionAsKaisa(browser);

            browser.logIn(EMAIL, PASSWORD);
            browser.waitForText(By.tagName("h1"), "Welcome, " + NAME + "!");
            browser.waitFor(By.xpath("//h2[normalize-space()='Latest comments on your plan']"));
            assertThat(browser.waitFor(By.cssSelector(".trainer-comment")).getText())
                    .contains("Kaisa Kouluttaja").contains(COMMENT);

            browser.open(COURSE + "/development-plan");
            WebElement newest = browser.waitFor(planVersion("Version 2,"));
            assertThat(newest.findElement(By.tagName("vaadin-details-summary")).getText()).endsWith("· 1 comment");
            assertThat(newest.findElement(By.cssSelector(".trainer-comment")).getText())
                    .contains("Kaisa Kouluttaja").contains(COMMENT);
            assertThat(browser.waitFor(planVersion("Version 1,")).getText()).doesNotContain("comment");
        }
    }

    private static void registerAndJoinTheDemoCohort(Browser browser) {
        browser.open("register");
        browser.type("Full name", NAME);
        browser.type("Email", EMAIL);
        browser.type("Password", PASSWORD);
        browser.click("Create account");
        browser.waitForText(By.tagName("h1"), "Welcome, " + NAME + "!");

        browser.open(COURSE);
        browser.waitFor(By.xpath("//h2[normalize-space()='Join the course']"));
        // The demo cohort is named after the current year; matching its prefix keeps New Year's Eve green.
        browser.click(By.xpath("//div[contains(@class,'cohort-row')][span[starts-with(normalize-space(),'Demo ')]]"
                + "//vaadin-button[normalize-space()='Join']"));
        browser.waitFor(By.xpath("//h2[normalize-space()='Your progress']"));
        browser.waitFor(partBar("Development path", "0%"));
    }

    private static void markReadingsAndSessionsDone(Browser browser) {
        for (String lesson : List.of("welcome", "opening-webinar", "innovation-education", "choosing-theme",
                "sparring-october", "sparring-november")) {
            browser.open(COURSE + "/" + lesson);
            browser.click("Mark as done");
            browser.waitForText(By.cssSelector(".done-panel [role='status']"), "✓ Done");
        }
    }

    private static void writeTheReflection(Browser browser) {
        browser.open(COURSE + "/path-reflection");
        browser.waitFor(By.cssSelector(".reflection-panel vaadin-text-area textarea")).sendKeys(REFLECTION);
        // Marking done checks the saved draft, so wait until the whole text has been autosaved.
        int words = REFLECTION.split("\\s+").length;
        assertThat(words).isGreaterThanOrEqualTo(80);
        browser.waitForText(By.cssSelector(".reflection-panel .muted"), words + " words · draft saved at");
        browser.click("Mark as done");
        browser.waitForText(By.cssSelector(".done-panel [role='status']"), "✓ Done");
    }

    private static void answerTheNeedsSurvey(Browser browser) {
        browser.open(COURSE + "/needs-survey");
        browser.waitFor(By.xpath("//h2[normalize-space()='Your answers']"));
        choose(browser, "Which of these would you most like to change in your teaching this autumn?",
                "I want pupils to work on longer hands-on projects that solve real problems.");
        choose(browser, "Which of these would you like your pupils to do more often? Choose all that fit.",
                "Design and build something by hand or with technology");
        choose(browser, "Which of these would you like your pupils to do more often? Choose all that fit.",
                "Create videos, podcasts or digital stories");
        choose(browser, "How do you usually work with your colleagues?", "We share materials now and then.");
        choose(browser, "How confident do you feel using digital tools with your pupils?", "3");
        choose(browser, "How familiar are you with guiding pupils through an innovation process (problem, ideas,"
                + " prototype, testing, sharing)?", "1 Not familiar at all");
        choose(browser, "How much do teachers in your school share ideas and experiments with each other?", "4");
        choose(browser, "What kind of support would help you most this autumn? Choose all that fit.",
                "Practical examples from other schools");
        browser.type("In your own words, what would make this autumn a success for you and your pupils?",
                "Every pupil has built and shown one prototype of their own.");

        browser.click("Show the themes my answers suggest");
        choose(browser, "Your development theme", "Innovation education");
        browser.click("Submit the survey");
        browser.waitForText(By.cssSelector(".form-panel p[role='status']"), "✓ Submitted");
    }

    private static void saveThePlanTwice(Browser browser) {
        browser.open(COURSE + "/development-plan");
        browser.type("My development goal", "My pupils build and test prototypes of their own ideas.");
        browser.type("Why it matters for my pupils", "Quiet pupils get a way to show what they can do.");
        browser.type("Concrete actions", "Try one prototype task with my sixth graders.");
        browser.click("Save a new version");
        browser.waitFor(planVersion("Version 1,"));

        browser.type("Concrete actions", "Try one prototype task. Film the pupils' presentations.");
        browser.click("Save a new version");
        browser.waitFor(planVersion("Version 2,"));
    }

    /** Kaisa's profile is in Finnish, so her side of the journey reads in Finnish. */
    private static void commentOnTheNewestPlanVersionAsKaisa(Browser browser) {
        browser.logIn("kaisa@polku.local", "polku-demo-1");
        browser.waitForText(By.tagName("h1"), "Tervetuloa, Kaisa Kouluttaja!");
        browser.open("cohorts");
        browser.click(By.xpath("//vaadin-grid//a[starts-with(normalize-space(),'Demo ')]"));
        browser.waitFor(By.xpath("//h2[normalize-space()='Osallistujat']"));

        Map<String, WebElement> row = browser.gridRow(By.cssSelector("vaadin-grid"), NAME);
        // parts are headed "Osa 1", "Osa 2"… with the part's title as the tooltip
        assertThat(row.get("Osa 1").getText()).isEqualTo("100 %");
        assertThat(row.get("Osa 2").getText()).isEqualTo("0 %");
        WebElement plan = row.get("Suunnitelma").findElement(By.tagName("vaadin-button"));
        assertThat(plan.getText()).isEqualTo("2 versiota");
        browser.click(plan);

        String newest = "//div[contains(@class,'plan-version')][h3[starts-with(normalize-space(),'Versio 2,')]]";
        assertThat(browser.waitFor(By.xpath(newest)).getText())
                .contains("Try one prototype task. Film the pupils' presentations.");
        browser.waitFor(By.xpath(newest + "//vaadin-text-area[label[normalize-space()='Kommenttisi tähän versioon']]"
                + "//textarea")).sendKeys(COMMENT);
        browser.click(By.xpath(newest + "//vaadin-button[normalize-space()='Lähetä kommentti']"));
        browser.waitForText(By.xpath(newest + "//div[contains(@class,'trainer-comment')]"), COMMENT);

        browser.click("Sulje");
        browser.click("Kirjaudu ulos");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
    }

    /** Ticks a radio button or checkbox by its label, inside the question (group) with that label. */
    private static void choose(Browser browser, String question, String option) {
        browser.click(By.xpath("//*[self::vaadin-radio-group or self::vaadin-checkbox-group]"
                + "[label[normalize-space()=\"" + question + "\"]]"
                + "//*[self::vaadin-radio-button or self::vaadin-checkbox]"
                + "[label[starts-with(normalize-space(), \"" + option + "\")]]/label"));
    }

    private static By partBar(String part, String percent) {
        return By.xpath("//div[contains(@class,'part-bar')][.//span[normalize-space()='" + part + "']]"
                + "//span[normalize-space()='" + percent + "']");
    }

    private static By planVersion(String summaryStart) {
        return By.xpath("//div[contains(@class,'plan-versions')]/vaadin-details"
                + "[vaadin-details-summary[starts-with(normalize-space(),'" + summaryStart + "')]]");
    }
}
