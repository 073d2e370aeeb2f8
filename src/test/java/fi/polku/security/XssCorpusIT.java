package fi.polku.security;

import fi.polku.accounts.Accounts;
import fi.polku.certificates.Certificates;
import fi.polku.community.Discussions;
import fi.polku.community.Gallery;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.Plans;
import fi.polku.peerreview.Moderation;
import fi.polku.peerreview.PeerReviews;
import fi.polku.schools.KitBookings;
import fi.polku.schools.Kits;
import fi.polku.schools.SelfAssessmentLinks;
import fi.polku.schools.SelfAssessments;
import fi.polku.support.XssCorpus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: the XSS corpus goes in through every field whose text other people see, and real
 * Chromium shows the pages where they see it. The test fails if any payload runs (alert, confirm,
 * prompt, print, the marked corpus's {@code __x(n)}) or leaves a javascript:, vbscript: or
 * data:text/html URL or a handler in learner text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class XssCorpusIT {

    private static final String DISCUSSED = "welcome";
    private static final String PLAN = "development-plan";
    private static final String REPORT = "project-report";
    private static final String SELF_ASSESSMENT = "school-self-assessment";

    @TestConfiguration
    static class Planting {
        @Bean
        XssPlanting.Services xssServices(Accounts accounts, Cohorts cohorts, Learning learning, Discussions discussions,
                                         Gallery gallery, Plans plans, Certificates certificates, UserDetailsService users,
                                         SecurityContextHolderStrategy security) {
            return new XssPlanting.Services(accounts, cohorts, learning, discussions, gallery, plans, certificates, users,
                    security);
        }

        @Bean
        XssWorkPlanting.Services xssWorkServices(PeerReviews peerReviews, Moderation moderation, Kits kits,
                                                 KitBookings bookings) {
            return new XssWorkPlanting.Services(peerReviews, moderation, kits, bookings);
        }

        @Bean
        XssSchoolPlanting.Services xssSchoolServices(SelfAssessments selfAssessments, SelfAssessmentLinks links,
                                                     SecurityContextHolderStrategy security) {
            return new XssSchoolPlanting.Services(selfAssessments, links, security);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    XssPlanting.Services services;
    @Autowired
    XssWorkPlanting.Services workServices;
    @Autowired
    XssSchoolPlanting.Services schoolServices;

    @Test
    void noPayloadRunsOrLeavesAScriptUrlOnAnyPageOthersSee() {
        long started = System.nanoTime();
        List<XssCorpus.Payload> corpus = XssCorpus.load();
        XssSeed seed = new XssSeed(corpus);
        XssPlanting plant = new XssPlanting(services, seed);
        plant.people();
        plant.discussion(DISCUSSED);
        plant.gallery();
        plant.plan(PLAN, List.of("goal", "why-pupils", "actions", "schedule", "evidence", "support"));
        plant.certificates(6);
        XssWorkPlanting work = new XssWorkPlanting(workServices, plant);
        work.peerReview(REPORT);
        work.kits();
        XssSchoolPlanting school = new XssSchoolPlanting(schoolServices, plant);
        school.selfAssessment(SELF_ASSESSMENT);

        long planted = System.nanoTime();
        try (XssProbe probe = new XssProbe(port)) {
            try {
                probe.logIn(XssPlanting.VIEWER, XssPlanting.PASSWORD);
                assertThat(probe.selfTest()).as("the probe sees a planted handler and script link")
                        .anySatisfy(h -> assertThat(h).contains("payload #0"))
                        .anySatisfy(h -> assertThat(h).contains("a href= java"))
                        .anySatisfy(h -> assertThat(h).contains("img onerror"));
                asViewer(probe, plant, work);
                asFacilitator(probe, plant);
                asAuthor(probe, work);
                asOwner(probe, school);
                anonymously(probe, plant, school);
            } catch (RuntimeException | AssertionError e) {
                // A payload that breaks a page can stop the walk; what ran before that names the culprit.
                probe.browser().screenshot(Path.of("target/xss-corpus-failure.png"));
                System.out.printf("stopped after %d pages; scripts run so far: %s%njavascript: links so far: %s%n",
                        probe.pages, probe.hits, probe.dangerousLinks);
                throw e;
            }
            long shown = System.nanoTime();
            Set<Integer> all = new TreeSet<>();
            seed.fields().values().forEach(all::addAll);
            System.out.printf("payloads: %d, fields: %d, pages rendered: %d, scripts run: %d, javascript: links: %d%n",
                    all.size(), seed.fields().size(), probe.pages, probe.hits.size(), probe.dangerousLinks.size());
            seed.fields().forEach((field, ids) -> System.out.printf("  %-28s %d payloads%n", field, ids.size()));
            System.out.printf("planting %d s, browsing %d s%n", (planted - started) / 1_000_000_000,
                    (shown - planted) / 1_000_000_000);
            assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
            assertThat(probe.hits).as("scripts that ran").isEmpty();
            assertThat(probe.dangerousLinks).as("script URLs and handlers left in pages").isEmpty();
        } finally {
            plant.as("admin@polku.local");
        }
    }

    private static void asViewer(XssProbe probe, XssPlanting plant, XssWorkPlanting work) {
        probe.check("learner", "courses/" + XssPlanting.COURSE + "/" + DISCUSSED, By.cssSelector(".thread-replies .post-body"));
        probe.check("learner", "gallery/" + XssPlanting.COURSE, By.cssSelector("main a[href*='gallery/entry/']"));
        probe.check("learner", "gallery/entry/" + plant.story, By.cssSelector(".learner-text"));
        probe.check("learner", "courses/" + XssPlanting.COURSE + "/" + PLAN, By.cssSelector("main h1"));
        probe.check("learner", "kits", By.cssSelector("main a[href*='kits/']"));
        probe.check("learner", "kits/" + work.firstKit.id().value(), By.cssSelector("main h1"));
        probe.check("learner", "kits/mine", By.cssSelector("main"));
    }

    private static void asFacilitator(XssProbe probe, XssPlanting plant) {
        probe.logIn(XssPlanting.FACILITATOR, XssPlanting.PASSWORD);
        probe.check("facilitator", "courses/" + XssPlanting.COURSE + "/" + DISCUSSED, By.cssSelector(".thread-replies .post-body"));
        probe.check("facilitator", "discussions/reports", By.cssSelector(".report-card"));
        probe.check("facilitator", "moderation", By.cssSelector("vaadin-grid"));
        probe.act("facilitator", "moderation detail", "document.querySelector('vaadin-grid vaadin-button').click()",
                By.cssSelector(".learner-text"));
        probe.check("facilitator", "kits/desk", By.cssSelector("main"));
        probe.check("facilitator", "cohorts/" + plant.cohort.value(), By.cssSelector("vaadin-grid"));
        for (int row = 0; row < plant.authors.size() + 1; row += 10) {
            probe.rescan("facilitator cohort grid from row " + row,
                    "document.querySelector('vaadin-grid').scrollToIndex(" + row + ")");
        }
        probe.act("facilitator", "plan dialog", XssProbe.openPlanOf(XssPlanting.VIEWER_NAME),
                By.cssSelector(".plan-version"));
    }

    private static void asAuthor(XssProbe probe, XssWorkPlanting work) {
        probe.logIn(work.author, XssPlanting.PASSWORD);
        probe.checkLoose("author", "notifications", By.cssSelector("main"));
        probe.check("author", "courses/" + XssPlanting.COURSE + "/" + REPORT, By.cssSelector("main .learner-text"));
        probe.check("reviewer", "reviews/" + work.review, By.cssSelector("main .learner-text"));
    }

    private static void asOwner(XssProbe probe, XssSchoolPlanting school) {
        probe.logIn(school.owner, XssPlanting.PASSWORD);
        probe.check("owner", "courses/" + XssPlanting.COURSE + "/" + SELF_ASSESSMENT, By.cssSelector("main h1"));
        probe.check("owner", "self-assessment/results/" + school.round, By.cssSelector(".learner-text"));
    }

    private static void anonymously(XssProbe probe, XssPlanting plant, XssSchoolPlanting school) {
        probe.logOut();
        probe.check("colleague", "self-assessment/answer/" + school.unanswered, By.tagName("h1"));
        probe.check("anyone", "gallery/shared/" + plant.storyToken, By.cssSelector(".learner-text"));
        for (String code : plant.certificateCodes) {
            probe.check("anyone", "verify/" + code, By.tagName("h1"));
        }
    }
}
