package fi.polku.peerreview.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.learning.CohortId;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import fi.polku.shared.DisplayZone;
import fi.polku.support.MutableClock;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The facilitator's queue as Kaisa sees it: reports that waited too long on top with their date, bonus reviewers thanked. */
@SpringBootTest(properties = {"polku.content.dir=src/test/resources/content-nobody-waits",
        "spring.main.allow-bean-definition-overriding=true", "polku.review.sweep=PT87600H"})
@WithUserDetails("kaisa@polku.local")
class ModerationViewTest extends SpringBrowserlessTest {

    static final String COURSE = "waits";
    static final String LESSON = "report";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-11-01T08:00:00Z"), ZoneId.of("Europe/Helsinki"));

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock clock() {
            return CLOCK;
        }
    }

    @Autowired PeerReviews peerReviews;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    String learner(CohortId cohort, String name) {
        String email = "m-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration(name, email, "a-long-password", Locale.of("fi")));
        SignIn.as(users, security, email);
        learning.enrol(cohort, "");
        peerReviews.saveDraft(COURSE, LESSON, name + ": hanke", "Oppilaat **rakensivat** prototyypin.");
        peerReviews.submit(COURSE, LESSON);
        CLOCK.advance(Duration.ofMinutes(1));
        return email;
    }

    void reviewNext(String learner) {
        SignIn.as(users, security, learner);
        UUID id = peerReviews.requestReview(COURSE, LESSON).orElseThrow();
        peerReviews.submitReview(id, new Views.ReviewForm(Map.of("goal", 3), "Selkeä tavoite", "Kokeile vertaisarviota", ""));
    }

    @Test
    void reportsThatWaitedTooLongComeFirstWithTheirDateAndBonusReviewersAreThanked() {
        SignIn.as(users, security, "kaisa@polku.local");
        CohortId cohort = cohorts.create(new NewCohort(COURSE, "Jono " + UUID.randomUUID(), LocalDate.now(CLOCK).minusDays(1),
                LocalDate.now(CLOCK).plusDays(40), null, null)).id();
        Instant start = CLOCK.instant();
        String vilja = learner(cohort, "Vilja Väänänen");
        learner(cohort, "Väinö Väänänen");
        learner(cohort, "Wäinö Väänänen");
        reviewNext(vilja);
        reviewNext(vilja);
        CLOCK.advance(Duration.ofDays(4));
        learner(cohort, "Åke Väänänen");
        reviewNext(vilja);

        SignIn.as(users, security, "kaisa@polku.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ModerationView view = navigate(ModerationView.class);
        List<String> authors = new ArrayList<>();
        List<String> serveBy = new ArrayList<>();
        for (int i = 0; i < test(view.waiting).size(); i++) {
            if (test(view.waiting).getCellText(i, 0).endsWith("Väänänen")) {
                authors.add(test(view.waiting).getCellText(i, 0));
                serveBy.add(test(view.waiting).getCellText(i, 4));
            }
        }
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                .withZone(DisplayZone.get()).format(start.plus(Duration.ofDays(8)));
        assertThat(authors).containsExactly("Vilja Väänänen", "Väinö Väänänen", "Wäinö Väänänen", "Åke Väänänen");
        assertThat(serveBy).containsExactly("⚠ Review by " + date, "⚠ Review by " + date, "⚠ Review by " + date, "");
        assertThat(test(view.bonusReviewers).size()).isEqualTo(1);
        assertThat(test(view.bonusReviewers).getRow(0)).isEqualTo(new Views.BonusReviewer("Vilja Väänänen", 1));
    }
}
