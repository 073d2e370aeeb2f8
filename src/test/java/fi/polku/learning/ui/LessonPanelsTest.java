package fi.polku.learning.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import fi.polku.learning.Learning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The learner's forms inside lessons, as Oskar (enrolled in the demo cohort) uses them. */
@SpringBootTest
@WithUserDetails("oskar@polku.local")
class LessonPanelsTest extends SpringBrowserlessTest {

    static final String COURSE = "courses/innovative-teachers/";

    @Autowired
    Learning learning;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void markingAReadingDoneTicksItOnTheCoursePageAndUndoTakesItBack() {
        navigate(COURSE + "choosing-theme", com.vaadin.flow.component.Component.class);
        DonePanel panel = find(DonePanel.class).single();
        test(panel.markDone).click();
        assertThat(panel.status.getText()).isEqualTo("✓ Done");
        assertThat(panel.undo.isVisible()).isTrue();
        assertThat(learning.progress("innovative-teachers").orElseThrow().isDone("choosing-theme")).isTrue();

        test(panel.undo).click();
        assertThat(panel.markDone.isVisible()).isTrue();
        assertThat(learning.progress("innovative-teachers").orElseThrow().isDone("choosing-theme")).isFalse();
    }

    @Test
    void anUnansweredSurveyQuestionIsMarkedNextToTheQuestionAndNothingIsSaved() {
        navigate(COURSE + "needs-survey", com.vaadin.flow.component.Component.class);
        SurveyPanel survey = find(SurveyPanel.class).single();
        test(survey.submit).click();

        var first = survey.fields.values().iterator().next();
        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage()).isEqualTo("Choose one option.");
        assertThat(learning.progress("innovative-teachers").orElseThrow().isDone("needs-survey")).isFalse();
    }

    @Test
    void eachChangedSaveOfThePlanAddsAVersionAndKeepsTheText() {
        navigate(COURSE + "development-plan", com.vaadin.flow.component.Component.class);
        PlanPanel plan = find(PlanPanel.class).single();
        int versionsBefore = versionCount(plan);
        var goal = plan.fields.values().iterator().next();
        test(goal).setValue("Pupils design and test a prototype – versio " + versionsBefore);
        test(plan.save).click();
        assertThat(versionCount(plan)).isEqualTo(versionsBefore + 1);

        test(goal).setValue("Pupils design, test and share a prototype – versio " + versionsBefore);
        test(plan.save).click();
        assertThat(versionCount(plan)).isEqualTo(versionsBefore + 2);
        assertThat(goal.getValue()).startsWith("Pupils design, test and share");
        assertThat(plan.versions.getElement().getTextRecursively()).contains("Version " + (versionsBefore + 2));
    }

    @Test
    void anEmptyPlanIsRefusedNextToItsFirstField() {
        navigate(COURSE + "development-plan", com.vaadin.flow.component.Component.class);
        PlanPanel plan = find(PlanPanel.class).single();
        plan.fields.values().forEach(f -> test(f).setValue(""));
        test(plan.save).click();
        var goal = plan.fields.values().iterator().next();
        assertThat(goal.isInvalid()).isTrue();
        assertThat(goal.getErrorMessage()).contains("at least one part");
    }

    private static int versionCount(PlanPanel plan) {
        return (int) plan.versions.getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.details.Details).count();
    }
}
