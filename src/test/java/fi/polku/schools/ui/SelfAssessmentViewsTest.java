package fi.polku.schools.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fi.polku.content.ui.ContentViewExtension;
import fi.polku.schools.SelfAssessmentViews.Answer;
import fi.polku.schools.SelfAssessmentViews.Round;
import fi.polku.schools.SelfAssessments;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-assessment as Oskar (a learner of the demo cohort) and a colleague without an account use it. */
@SpringBootTest
@WithUserDetails("oskar@polku.local")
class SelfAssessmentViewsTest extends SpringBrowserlessTest {

    static final String LESSON = "courses/innovative-teachers/school-self-assessment";

    @Autowired SelfAssessments selfAssessments;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    @BeforeEach
    void englishAndNoOpenRound() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Round open = selfAssessments.mine("innovative-teachers", "school-self-assessment").open();
        if (open != null) {
            selfAssessments.close(open.id());
        }
    }

    @Test
    void theLearnerStartsARoundMakesALinkAnswersAndSeesTheResults() {
        navigate(LESSON, com.vaadin.flow.component.Component.class);
        SelfAssessmentPanel panel = find(SelfAssessmentPanel.class).single();
        if (panel.school.getParent().isPresent()) {
            test(panel.school).setValue("Östersundomin koulu");
            test(find(com.vaadin.flow.component.button.Button.class).withText("Save school").single()).click();
        }
        test(panel.start).click();
        assertThat(panel.invitations).isNotNull();

        test(panel.invitations.name).setValue("Åsa Väänänen");
        test(panel.invitations.create).click();
        assertThat(panel.invitations.links.getElement().getTextRecursively()).contains("Åsa Väänänen", "not answered yet");

        SelfAssessmentForm form = panel.form;
        assertThat(form).isNotNull();
        form.ratings.get("devices").setValue(4);
        test(panel.save).click();
        assertThat(panel.status.getText()).isEqualTo("Answer every statement: choose 1–5, or \"Don't know\".");
        assertThat(form.ratings.get("shared-vision").isInvalid()).isTrue();
        assertThat(form.ratings.get("devices").isInvalid()).isFalse();
        assertThat(form.ratings.get("devices").getValue()).as("nothing typed is lost").isEqualTo(4);

        form.ratings.values().forEach(g -> { if (g.getValue() == null) test(g).selectItem("3"); });
        test(form.ratings.get("networks")).selectItem("Don't know");
        test(form.comments.get("vision")).setValue("Rehtori kokeilee – hyvä alku!");
        test(panel.save).click();
        assertThat(panel.status.getText()).startsWith("✓ Your answers are saved");

        Round round = selfAssessments.mine("innovative-teachers", "school-self-assessment").open();
        navigate("self-assessment/results/" + round.id(), SelfAssessmentResultsView.class);
        assertThat(find(Html.class).all()).anySatisfy(h -> assertThat(h.getInnerHtml()).contains("<rect"));
        String byArea = find(NativeTable.class).first().getElement().getTextRecursively();
        assertThat(byArea).contains("Figures by area", "Vision and leadership", "3.0", "Infrastructure and support", "3.3");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("1 person has answered");
        assertThat(find(Html.class).all()).anySatisfy(h -> assertThat(h.getInnerHtml())
                .contains("<p>Rehtori kokeilee – hyvä alku!</p>"));
    }

    @Test
    void aColleagueAnswersThroughTheLinkWithoutSigningIn() {
        selfAssessments.changeMySchool("Östersundomin koulu");
        Round round = selfAssessments.start("innovative-teachers", "school-self-assessment");
        String link = selfAssessments.invite(round.id(), "Åsa", null).link();
        String token = link.substring(link.lastIndexOf('/') + 1);
        var anonymous = security.createEmptyContext();
        anonymous.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        security.setContext(anonymous);
        UI.getCurrent().setLocale(Locale.of("fi"));

        SelfAssessmentAnswerView view = navigate("self-assessment/answer/" + token, SelfAssessmentAnswerView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Hei Åsa!", "Östersundomin koulu",
                "Visio ja johtaminen");
        view.form.ratings.values().forEach(g -> test(g).selectItem("4"));
        test(view.form.comments.get("collaboration")).setValue("Jaamme materiaaleja – yhä enemmän.");
        test(view.save).click();
        assertThat(view.status.getText()).isEqualTo("✓ Kiitos! Vastauksesi on tallennettu.");

        SignIn.as(users, security, "oskar@polku.local");
        var results = selfAssessments.results(round.id(), Locale.of("fi"));
        assertThat(results.respondents()).isEqualTo(1);
        assertThat(results.areas().get(2).comments()).containsExactly("Jaamme materiaaleja – yhä enemmän.");
    }

    @Test
    void anotherLearnerIsToldTheResultsAreNotTheirs() {
        selfAssessments.changeMySchool("Koulu");
        Round round = selfAssessments.start("innovative-teachers", "school-self-assessment");
        SignIn.as(users, security, "aino@polku.local");
        navigate("self-assessment/results/" + round.id(), SelfAssessmentResultsView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("These results are only for the learner who ran the round")
                .doesNotContain("Figures by area");
    }
}
