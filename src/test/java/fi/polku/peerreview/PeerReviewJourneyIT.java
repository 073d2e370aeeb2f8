package fi.polku.peerreview;

import fi.polku.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer feedback on the project report in real browsers, each person in a browser of their own:
 * four new learners submit their reports and review each other in rounds until all of them read
 * their feedback; one reports an unkind review. The facilitator hides it, and assesses a late
 * report that no peer is left to review, with a word of trainer feedback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeerReviewJourneyIT {

    private static final String COURSE = "courses/innovative-teachers";
    private static final String ASSIGNMENT = COURSE + "/project-report";
    private static final String PASSWORD = "vertaispalaute-2026";
    private static final List<String> CRITERIA = List.of("Background and goal", "Pupils and colleagues",
            "Evidence and reflection", "Next steps and sharing");

    private record Learner(String name, String email, String title) {
    }

    private static final List<Learner> LEARNERS = List.of(
            new Learner("Helmi Hakala", "helmi.hakala@koulu.fi", "Pupils redesign the school yard"),
            new Learner("Juho Nieminen", "juho.nieminen@koulu.fi", "A podcast studio in the library"),
            new Learner("Sanna Korhonen", "sanna.korhonen@koulu.fi", "Maths trails with QR codes"),
            new Learner("Mikael Lindqvist", "mikael.lindqvist@koulu.fi", "Robots that sort the recycling"));
    /** What each learner says works, so that authors can tell reviews apart without learning who wrote them. */
    private static final List<String> WHAT_WORKS = List.of(
            "The goal grows out of a need you noticed in your own class.",
            "The quotes from pupils make the change easy to believe.",
            "The photos of the prototypes show every step clearly.",
            "The timeline makes it easy for a colleague to follow.");
    private static final String IDEA = "Let the pupils present their work to another class.";
    /** Sanna also writes a comment in each review she gives. */
    private static final String THANKS = "Thank you for sharing this, I will try it with my class.";
    /** Juho's review of Mikael's report, which Mikael reports and Kaisa hides. */
    private static final String UNKIND = "Nothing really. Robots are a waste of school time.";
    private static final String FLAG_REASON = "This is not feedback on my report, just an opinion.";
    private static final String HIDE_REASON = "Not constructive: says nothing about the report.";
    /**
     * The median levels each learner reads, per criterion, when learner j gives criterion k the level
     * (j + k) % 4 + 1: the median of the other three learners' levels.
     */
    private static final List<List<String>> MEDIANS = List.of(
            List.of("3.0 / 4", "3.0 / 4", "2.0 / 4", "2.0 / 4"),
            List.of("3.0 / 4", "2.0 / 4", "2.0 / 4", "3.0 / 4"),
            List.of("2.0 / 4", "2.0 / 4", "3.0 / 4", "3.0 / 4"),
            List.of("2.0 / 4", "3.0 / 4", "3.0 / 4", "2.0 / 4"));
    /** Mikael's medians once Juho's review is hidden: the middle of Helmi's and Sanna's levels. */
    private static final List<String> MIKAELS_MEDIANS_WITHOUT_THE_HIDDEN_REVIEW =
            List.of("2.0 / 4", "3.0 / 4", "2.0 / 4", "3.0 / 4");
    private static final String OSKARS_TITLE = "A weather station on the school roof";
    private static final String TRAINER_FEEDBACK = "A fine project, Oskar. Your peers had finished their"
            + " reviews, so I read it myself: the measurements by pupils are the heart of it.";
    private static final String ASSESS_REASON = "Submitted after the peers had finished their reviews.";
    private static final By SUBMITTED = By.xpath("//p[normalize-space()="
            + "'✓ Submitted. Your report is locked while peers review it.']");

    @LocalServerPort
    int port;

    @Test
    void fourLearnersReviewEachOtherUntilAllReadTheirFeedbackAndTheFacilitatorHidesAReportedReviewAndAssessesALateReport(
            @TempDir Path files) throws IOException {
        List<Browser> browsers = new ArrayList<>();
        try {
            for (Learner learner : LEARNERS) {
                Browser browser = new Browser(port);
                browsers.add(browser);
                registerAndJoinTheDemoCohort(browser, learner);
            }
            draftWithAPhotoThenSubmit(browsers.get(0), LEARNERS.get(0), photo(files));
            for (int i = 1; i < LEARNERS.size(); i++) {
                submit(browsers.get(i), LEARNERS.get(i));
            }

            for (int round = 1; round <= 3; round++) {
                Set<String> reviewedThisRound = new HashSet<>();
                for (int i = 0; i < LEARNERS.size(); i++) {
                    Browser browser = browsers.get(i);
                    String title = requestAReview(browser);
                    if (round == 1 && i == 0) {
                        assertThat(leaveAndContinueTheReview(browser)).isEqualTo(title);
                    }
                    assertThat(title).isNotEqualTo(LEARNERS.get(i).title());
                    if (title.equals(LEARNERS.get(0).title())) {
                        browser.waitForText(By.cssSelector(".report a.attachment-link"), "prototype.png (1 kB)");
                    }
                    sendReview(browser, i, title, round);
                    reviewedThisRound.add(title);
                }
                // Fewest reviews first: no report gets another review before every report has one more.
                assertThat(reviewedThisRound).containsExactlyInAnyOrderElementsOf(
                        LEARNERS.stream().map(Learner::title).toList());
                if (round == 2) {
                    browsers.getFirst().open(ASSIGNMENT);
                    browsers.getFirst().waitFor(By.xpath("//p[normalize-space()='Your feedback shows here once you"
                            + " have given your reviews and your report has its reviews (2 of 2 so far).']"));
                }
            }
            for (int i = 0; i < LEARNERS.size(); i++) {
                readsAnonymousFeedbackFromTheOtherThree(browsers.get(i), i);
            }
            // Submitting the report completes its lesson, through an event handled with nobody signed in.
            browsers.getFirst().open(COURSE);
            browsers.getFirst().waitFor(doneTick("Project report"));
            reportTheUnkindReviewAndRateAnother(browsers.get(3));

            Browser oskar = new Browser(port);
            browsers.add(oskar);
            submitLateAsOskar(oskar);

            Browser kaisa = new Browser(port);
            browsers.add(kaisa);
            hideTheReportedReviewAndAssessOskarsReportAsKaisa(kaisa);

            Browser mikael = browsers.get(3);
            mikael.open(ASSIGNMENT);
            mikael.waitFor(By.cssSelector(".feedback .medians"));
            assertThat(medians(mikael)).isEqualTo(byCriterion(MIKAELS_MEDIANS_WITHOUT_THE_HIDDEN_REVIEW));
            assertThat(reviewTexts(mikael)).containsExactlyInAnyOrder(WHAT_WORKS.get(0), WHAT_WORKS.get(2));

            oskar.open(ASSIGNMENT);
            assertThat(oskar.waitFor(By.cssSelector(".feedback .trainer-comment")).getText())
                    .contains("Trainer Kaisa Kouluttaja").contains(TRAINER_FEEDBACK);
            assertThat(oskar.waitFor(By.cssSelector(".feedback")).getText()).doesNotContain("Your feedback shows here");
            oskar.open(COURSE);
            oskar.waitFor(doneTick("Project report"));
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    private static void registerAndJoinTheDemoCohort(Browser browser, Learner learner) {
        browser.open("register");
        browser.type("Full name", learner.name());
        browser.type("Email", learner.email());
        browser.type("Password", PASSWORD);
        browser.click("Create account");
        browser.waitForText(By.tagName("h1"), "Welcome, " + learner.name() + "!");

        browser.open(COURSE);
        // The demo cohort is named after the current year; matching its prefix keeps New Year's Eve green.
        browser.click(By.xpath("//div[contains(@class,'cohort-row')][span[starts-with(normalize-space(),'Demo ')]]"
                + "//vaadin-button[normalize-space()='Join']"));
        browser.waitFor(By.xpath("//h2[normalize-space()='Your progress']"));
    }

    private static String report(String title) {
        return "**" + title + "** started from a need in my class.\n\n"
                + "Pupils ideated, built and tested their prototypes; two colleagues joined in.\n\n"
                + "Next spring we share the tasks with the whole school.";
    }

    /** Helmi checks the preview, attaches a photo, saves a draft, comes back to it and submits. */
    private static void draftWithAPhotoThenSubmit(Browser browser, Learner helmi, Path photo) {
        browser.open(ASSIGNMENT);
        browser.waitFor(By.xpath("//h2[normalize-space()='Your project report']"));
        browser.type("Title", helmi.title());
        browser.type("Your report", report(helmi.title()));
        browser.click(By.xpath("//vaadin-tab[normalize-space()='Preview']"));
        browser.waitForText(By.cssSelector("vaadin-tabsheet .learner-text strong"), helmi.title());
        browser.upload(photo);
        browser.waitForText(By.cssSelector("a.attachment-link"), "prototype.png (1 kB)");
        browser.click("Save draft");
        browser.waitFor(By.xpath("//p[normalize-space()='Draft saved.']"));

        browser.open(ASSIGNMENT);
        assertThat(browser.waitFor(By.xpath("//vaadin-text-field[label[normalize-space()='Title']]//input"))
                .getDomProperty("value")).isEqualTo(helmi.title());
        browser.waitForText(By.cssSelector("a.attachment-link"), "prototype.png (1 kB)");
        browser.click("Submit for peer feedback");
        browser.waitFor(SUBMITTED);
        browser.waitFor(By.xpath("//h3[normalize-space()='" + helmi.title() + "']"));
    }

    private static void submit(Browser browser, Learner learner) {
        browser.open(ASSIGNMENT);
        browser.type("Title", learner.title());
        browser.type("Your report", report(learner.title()));
        browser.click("Submit for peer feedback");
        browser.waitFor(SUBMITTED);
        browser.waitFor(By.xpath("//h3[normalize-space()='" + learner.title() + "']"));
    }

    /** From the assignment, asks for a report to review and returns its title, as the review page shows it. */
    private static String requestAReview(Browser browser) {
        browser.click("Review a peer's report");
        browser.waitFor(By.xpath("//h1[normalize-space()='Peer review']"));
        return browser.waitFor(By.cssSelector(".report h2")).getText();
    }

    /** Goes back to the assignment half-way, and returns the title of the review it continues. */
    private static String leaveAndContinueTheReview(Browser browser) {
        browser.click(By.xpath("//a[normalize-space()='Back to the assignment']"));
        browser.click("Continue your review");
        return browser.waitFor(By.cssSelector(".report h2")).getText();
    }

    private static void sendReview(Browser browser, int reviewer, String title, int givenAfter) {
        for (int k = 0; k < CRITERIA.size(); k++) {
            browser.click(By.xpath("//vaadin-radio-group[label[normalize-space()='" + CRITERIA.get(k) + "']]"
                    + "//vaadin-radio-button[label[starts-with(normalize-space(),'" + level(reviewer, k) + " – ')]]/label"));
        }
        boolean unkind = reviewer == 1 && title.equals(LEARNERS.get(3).title());
        browser.type("What works", unkind ? UNKIND : WHAT_WORKS.get(reviewer));
        browser.type("One idea to try", unkind ? "Do a different project." : IDEA);
        if (reviewer == 2) {
            browser.type("Comment (optional)", THANKS);
        }
        browser.click("Send review");
        browser.waitFor(given(givenAfter));
    }

    private static int level(int reviewer, int criterion) {
        return (reviewer + criterion) % 4 + 1;
    }

    private static void readsAnonymousFeedbackFromTheOtherThree(Browser browser, int author) {
        browser.open(ASSIGNMENT);
        browser.waitFor(given(3));
        assertThat(browser.driver.findElements(By.xpath("//vaadin-button[normalize-space()=\"Review a peer's report\"]"))
                .stream().filter(WebElement::isDisplayed)).isEmpty();
        browser.waitFor(By.cssSelector(".feedback .medians"));
        assertThat(medians(browser)).isEqualTo(byCriterion(MEDIANS.get(author)));

        List<WebElement> reviews = browser.driver.findElements(By.cssSelector(".feedback .peer-review"));
        assertThat(reviews).hasSize(3)
                .allSatisfy(r -> assertThat(r.findElement(By.tagName("span")).getText()).isEqualTo("A peer"));
        List<String> expected = IntStream.range(0, LEARNERS.size()).filter(j -> j != author)
                .mapToObj(j -> j == 1 && author == 3 ? UNKIND : WHAT_WORKS.get(j)).toList();
        assertThat(reviewTexts(browser)).containsExactlyInAnyOrderElementsOf(expected);
        String feedback = browser.waitFor(By.cssSelector(".feedback")).getText();
        LEARNERS.forEach(l -> assertThat(feedback).doesNotContain(l.name()));
        if (author != 2) {
            assertThat(reviewSaying(browser, WHAT_WORKS.get(2)).getText()).contains("Comment (optional)\n" + THANKS);
        }
    }

    private static void reportTheUnkindReviewAndRateAnother(Browser mikael) {
        mikael.click(reviewSaying(mikael, UNKIND).findElement(By.xpath(".//vaadin-button[normalize-space()='Report this review']")));
        mikael.type("Why should a trainer look at this review?", FLAG_REASON);
        mikael.click("Send to the trainers");
        mikael.waitForText(By.tagName("vaadin-notification-card"), "Thank you. A trainer will look at it.");

        mikael.click(reviewSaying(mikael, WHAT_WORKS.get(0)).findElement(By.xpath(".//vaadin-button[normalize-space()='Helpful']")));
        mikael.waitForText(By.xpath("//div[contains(@class,'peer-review')][.//p[normalize-space()='" + WHAT_WORKS.get(0)
                + "']]//span[contains(@class,'muted')]"), "You found this helpful.");
    }

    private static void submitLateAsOskar(Browser oskar) {
        oskar.logIn("oskar@polku.local", "polku-demo-1");
        oskar.waitForText(By.tagName("h1"), "Welcome, Oskar Åström!");
        oskar.open(ASSIGNMENT);
        oskar.type("Title", OSKARS_TITLE);
        oskar.type("Your report", report(OSKARS_TITLE));
        oskar.click("Submit for peer feedback");
        oskar.waitFor(SUBMITTED);
        oskar.waitFor(By.xpath("//p[normalize-space()='Your feedback shows here once you have given your reviews"
                + " and your report has its reviews (0 of 2 so far).']"));
    }

    /** Kaisa's profile is in Finnish, so her side of the journey reads in Finnish. */
    private static void hideTheReportedReviewAndAssessOskarsReportAsKaisa(Browser kaisa) {
        kaisa.logIn("kaisa@polku.local", "polku-demo-1");
        kaisa.waitForText(By.tagName("h1"), "Tervetuloa, Kaisa Kouluttaja!");
        kaisa.click(By.xpath("//vaadin-side-nav-item[normalize-space()='Vertaispalaute']"));
        kaisa.waitForText(By.tagName("h1"), "Vertaispalaute");

        Map<String, WebElement> flag = kaisa.gridRow(grid("Ilmoitetut palautteet"), FLAG_REASON);
        assertThat(flag.get("Tekijä").getText()).isEqualTo(LEARNERS.get(3).name());
        assertThat(flag.get("Arvioija").getText()).isEqualTo(LEARNERS.get(1).name());
        kaisa.click(button(flag, "Avaa"));
        String juhos = "//div[contains(@class,'peer-review')][h3[normalize-space()='" + LEARNERS.get(1).name() + "']]";
        assertThat(kaisa.waitFor(By.xpath(juhos)).getText()).contains(UNKIND);
        kaisa.waitFor(By.xpath(juhos + "//vaadin-text-area[label[normalize-space()='Syy']]//textarea")).sendKeys(HIDE_REASON);
        kaisa.click(By.xpath(juhos + "//vaadin-button[normalize-space()='Piilota palaute']"));
        kaisa.waitFor(By.xpath("//div[contains(@class,'peer-review')][h3[normalize-space()='" + LEARNERS.get(1).name()
                + " (piilotettu)']]//vaadin-button[normalize-space()='Palauta palaute']"));
        kaisa.scrollTo(By.xpath("//p[contains(., 'Kaisa Kouluttaja · piilotti palautteen · " + HIDE_REASON + "')]"));
        kaisa.click("Sulje");
        kaisa.waitFor(emptyState("Ilmoitetut palautteet", "Ei ilmoitettuja palautteita."));

        Map<String, WebElement> late = kaisa.gridRow(grid("Palautetta odottavat raportit"), OSKARS_TITLE);
        assertThat(late.get("Tekijä").getText()).isEqualTo("Oskar Åström");
        assertThat(late.get("Palautteet").getText()).isEqualTo("0 / 2");
        kaisa.click(button(late, "Avaa"));
        kaisa.type("Palautteesi kouluttajana", TRAINER_FEEDBACK);
        kaisa.click("Anna kouluttajan palaute");
        kaisa.scrollTo(By.xpath("//p[normalize-space()='Kouluttaja Kaisa Kouluttaja: " + TRAINER_FEEDBACK + "']"));
        kaisa.type("Syy", ASSESS_REASON);
        kaisa.click("Merkitse arvioiduksi");
        kaisa.scrollTo(By.xpath("//p[normalize-space()='Kouluttaja merkitsi arvioiduksi: " + ASSESS_REASON + "']"));
        kaisa.scrollTo(By.xpath("//p[contains(., 'Kaisa Kouluttaja · antoi kouluttajan palautteen')]"));
        kaisa.scrollTo(By.xpath("//p[contains(., 'Kaisa Kouluttaja · merkitsi arvioiduksi · " + ASSESS_REASON + "')]"));
        kaisa.click("Sulje");
        kaisa.waitFor(emptyState("Palautetta odottavat raportit", "Yksikään raportti ei odota."));

        kaisa.click("Kirjaudu ulos");
        kaisa.waitFor(By.cssSelector("vaadin-login-form"));
    }

    /** The tick beside a lesson in the course outline, once it is done. */
    private static By doneTick(String lesson) {
        return By.xpath("//li[contains(@class,'lesson-item')][a[normalize-space()='" + lesson + "']]"
                + "/span[contains(@class,'done-tick')]");
    }

    private static By given(int given) {
        return By.xpath("//p[normalize-space()='You have given " + given + " of 3 reviews.']");
    }

    /** Each criterion's title with the median level shown beside it. */
    private static Map<String, String> medians(Browser browser) {
        Map<String, String> medians = new LinkedHashMap<>();
        for (WebElement row : browser.driver.findElements(By.cssSelector(".feedback .medians > div"))) {
            List<WebElement> spans = row.findElements(By.tagName("span"));
            medians.put(spans.get(0).getText(), spans.get(1).getText());
        }
        return medians;
    }

    private static Map<String, String> byCriterion(List<String> medians) {
        Map<String, String> byCriterion = new LinkedHashMap<>();
        IntStream.range(0, CRITERIA.size()).forEach(k -> byCriterion.put(CRITERIA.get(k), medians.get(k)));
        return byCriterion;
    }

    /** What works, as each review in the feedback says it. */
    private static List<String> reviewTexts(Browser browser) {
        return browser.driver.findElements(By.cssSelector(".feedback .peer-review")).stream()
                .map(r -> r.findElement(By.xpath(".//div[span[normalize-space()='What works']]/p")).getText()).toList();
    }

    private static WebElement reviewSaying(Browser browser, String whatWorks) {
        return browser.driver.findElements(By.cssSelector(".feedback .peer-review")).stream()
                .filter(r -> r.getText().contains(whatWorks)).findFirst().orElseThrow();
    }

    private static By grid(String heading) {
        return By.xpath("//h2[normalize-space()='" + heading + "']/following-sibling::vaadin-grid[1]");
    }

    private static By emptyState(String heading, String text) {
        return By.xpath("//h2[normalize-space()='" + heading + "']/following-sibling::vaadin-grid[1]"
                + "/*[@slot='empty-state'][normalize-space()='" + text + "']");
    }

    private static WebElement button(Map<String, WebElement> row, String text) {
        return row.values().stream().flatMap(cell -> cell.findElements(By.tagName("vaadin-button")).stream())
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static Path photo(Path dir) throws IOException {
        Path photo = dir.resolve("prototype.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        return photo;
    }
}
