package fi.polku.shell;

import fi.polku.certificates.Certificates;
import fi.polku.support.Axe;
import fi.polku.support.Browser;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main view, as each role sees it, checked by axe-core against WCAG 2.1 A and AA in a real
 * browser: the build fails on any serious or critical violation, listed with rule, element, view
 * and role. One browser a role, its session reused from view to view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityIT {

    static final String COURSE = "innovative-teachers";
    /** One lesson of each type: each brings its own panel and form. */
    static final List<String> LESSONS = List.of("welcome", "opening-webinar", "needs-survey", "development-plan",
            "path-reflection", "school-self-assessment", "project-report");
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** What the checks saw, for looking at by eye after a run. */
    static final Path SCREENSHOTS = createDirectories(Path.of("target/accessibility"));

    @LocalServerPort
    int port;

    @Autowired
    Certificates certificates;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void anonymousVisitorsViewsHaveNoSeriousViolations() {
        SignIn.as(users, security, "admin@polku.local");
        String code = certificates.issued().getFirst().code();
        SignIn.out(security);
        try (Audit audit = new Audit("anonymous", port)) {
            audit.visit("login");
            audit.visit("register");
            audit.visit("verify");
            audit.visit("verify/" + code);
            audit.visit("verify/ABCD-EFGH-JKMN-PQRS-T");
            audit.assertNoSeriousViolations();
        }
    }

    @Test
    void finnishLearnersViewsHaveNoSeriousViolations() {
        try (Audit audit = new Audit("learner aino (fi)", port)) {
            audit.logIn("aino@polku.local", "polku-demo-1");
            learnerViews(audit);
            audit.assertNoSeriousViolations();
        }
    }

    @Test
    void englishLearnersViewsHaveNoSeriousViolations() {
        try (Audit audit = new Audit("learner oskar (en)", port)) {
            audit.logIn("oskar@polku.local", "polku-demo-1");
            learnerViews(audit);
            audit.assertNoSeriousViolations();
        }
    }

    private static void learnerViews(Audit audit) {
        audit.visit("");
        audit.visit("courses");
        audit.visit("courses/" + COURSE);
        LESSONS.forEach(lesson -> audit.visit("courses/" + COURSE + "/" + lesson));
        audit.visit("courses/" + COURSE + "/a-lesson-no-longer-here"); // the not-found page
        audit.visit("certificates");
        audit.visit("notifications");
        audit.visit("gallery");
        audit.visit("gallery/" + COURSE);
        audit.visit("kits");
        audit.visitLink("kits/" + UUID);
        audit.visit("kits/mine");
        audit.visit("account");
    }

    @Test
    void facilitatorsViewsHaveNoSeriousViolations() {
        try (Audit audit = new Audit("facilitator kaisa", port)) {
            audit.logIn("kaisa@polku.local", "polku-demo-1");
            audit.visit("");
            audit.visit("courses/" + COURSE + "/development-plan");
            staffViews(audit);
            audit.assertNoSeriousViolations();
        }
    }

    @Test
    void adminsViewsHaveNoSeriousViolations() {
        try (Audit audit = new Audit("admin", port)) {
            audit.logIn("admin@polku.local", "admin-test-password");
            audit.visit("");
            audit.visit("admin/users");
            audit.visit("admin/content");
            audit.visit("admin/settings");
            audit.visit("admin/audit");
            staffViews(audit);
            audit.assertNoSeriousViolations();
        }
    }

    private static void staffViews(Audit audit) {
        audit.visit("cohorts");
        audit.visitLink("cohorts/" + UUID);
        audit.visit("learners");
        audit.visit("moderation");
        audit.visit("certificates/desk");
        audit.visit("discussions/reports");
        audit.visit("kits/desk");
        audit.visit("kits/edit");
        audit.visit("courses/" + COURSE);
    }

    /** Lumo turns dark when the system prefers it, and Polku's own colours keep their contrast there. */
    @Test
    void theDarkSchemeFollowsTheSystemAndKeepsContrast() {
        try (Audit audit = new Audit("learner oskar (dark)", port, "--blink-settings=preferredColorScheme=0")) {
            audit.logIn("oskar@polku.local", "polku-demo-1");
            audit.visit("courses/" + COURSE + "/welcome", "color-contrast");
            assertThat(audit.browser.script("return matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(true);
            assertThat(audit.browser.script("""
                    const probe = document.body.appendChild(document.createElement('div'));
                    probe.style.background = 'var(--lumo-base-color)';
                    const [r, g, b] = getComputedStyle(probe).backgroundColor.match(/\\d+/g).map(Number);
                    probe.remove();
                    return r + g + b < 3 * 96;""")).as("Lumo's base colour is dark").isEqualTo(true);
            audit.browser.screenshot(SCREENSHOTS.resolve("dark-lesson.png"));
            audit.visit("", "color-contrast");
            audit.browser.screenshot(SCREENSHOTS.resolve("dark-home.png"));
            audit.visit("courses/" + COURSE, "color-contrast");
            audit.visit("courses/" + COURSE + "/needs-survey", "color-contrast");
            audit.browser.screenshot(SCREENSHOTS.resolve("dark-survey.png"));
            audit.assertNoSeriousViolations();
        }
    }

    /** The first Tab lands on a visible "skip to content" link, and following it moves focus past the menu. */
    @Test
    void theSkipLinkComesFirstAndMovesFocusToTheView() {
        try (Audit audit = new Audit("learner oskar", port)) {
            audit.logIn("oskar@polku.local", "polku-demo-1");
            audit.visit("courses/" + COURSE);
            Browser browser = audit.browser;
            browser.driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
            var focused = browser.driver.switchTo().activeElement();
            assertThat(focused.getAttribute("class")).contains("skip-link");
            assertThat(focused.isDisplayed()).isTrue();
            assertThat(focused.getText()).isEqualTo("Skip to content");
            browser.screenshot(SCREENSHOTS.resolve("skip-link-focused.png"));
            focused.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("main-content");
        }
    }

    private static Path createDirectories(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One browser for one role: visits views, runs axe on each and keeps what it finds. */
    static final class Audit implements AutoCloseable {

        final Browser browser;
        private final String role;
        private final List<String> serious = new ArrayList<>();

        Audit(String role, int port, String... chromiumArguments) {
            this.role = role;
            this.browser = new Browser(port, chromiumArguments);
        }

        void logIn(String email, String password) {
            browser.logIn(email, password);
            browser.waitFor(By.cssSelector("vaadin-app-layout"));
            Axe.settle(browser);
        }

        void visit(String path, String... rules) {
            browser.open(path);
            Axe.settle(browser);
            String view = "/" + path;
            for (Axe.Violation v : Axe.run(browser, rules)) {
                String line = role + " | " + view + " | " + v.rule() + " (" + v.impact() + ") | " + v.target()
                        + " | " + v.help();
                if (v.seriousOrCritical()) {
                    serious.add(line);
                } else {
                    System.out.println("axe, not failing: " + line);
                }
            }
            if (rules.length == 0) {
                long h1 = (Long) browser.script("return document.querySelectorAll('h1').length");
                if (h1 != 1) {
                    serious.add(role + " | " + view + " | polku-one-h1 (serious) | h1 | the view has " + h1
                            + " h1 headings; it needs exactly one");
                }
            }
        }

        /** Visits the first link on the current view whose address matches, as a user would follow it. */
        void visitLink(String pattern) {
            String href = (String) browser.script("""
                    const re = new RegExp('^' + arguments[0] + '$');
                    return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
                            .find(h => re.test(h)) ?? null;""", pattern);
            if (href == null) {
                serious.add(role + " | " + browser.driver.getCurrentUrl() + " | no link matching " + pattern);
                return;
            }
            visit(href);
        }

        void assertNoSeriousViolations() {
            assertThat(serious).as("serious or critical accessibility violations (role | view | rule | element | help)")
                    .isEmpty();
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
