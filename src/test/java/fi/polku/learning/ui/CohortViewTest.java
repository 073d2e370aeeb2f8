package fi.polku.learning.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import fi.polku.learning.CohortRow;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The facilitator's cohort view over the demo cohort (Aino a few lessons in, Oskar none). */
@SpringBootTest
@WithUserDetails("kaisa@polku.local")
class CohortViewTest extends SpringBrowserlessTest {

    @Autowired
    Cohorts cohorts;

    private CohortView open() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        CohortSummary demo = cohorts.mine().stream().filter(c -> c.name().startsWith("Demo")).findFirst().orElseThrow();
        return navigate("cohorts/" + demo.id(), CohortView.class);
    }

    @Test
    void filtersLearnersByNameAndByNeedingAttention() {
        CohortView view = open();
        int all = test(view.grid).size();
        assertThat(all).isGreaterThanOrEqualTo(2);

        test(view.filter).setValue("äijälä");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("Aino Äijälä");

        test(view.filter).setValue("");
        CohortSummary demo = cohorts.mine().stream().filter(c -> c.name().startsWith("Demo")).findFirst().orElseThrow();
        long needingAttention = cohorts.rows(demo.id()).stream().filter(CohortRow::flagged).count();
        assertThat(needingAttention).as("Oskar is behind Aino, who has completed the course").isGreaterThan(0);
        test(view.onlyFlagged).click();
        assertThat(test(view.grid).size()).isEqualTo((int) needingAttention).isLessThan(all);
        for (int i = 0; i < test(view.grid).size(); i++) {
            CohortRow row = test(view.grid).getRow(i);
            assertThat(row.inactive() || row.behind()).as(row.name()).isTrue();
        }
    }

    @Test
    void showsEachLearnersProgressPerPart() {
        CohortView view = open();
        test(view.filter).setValue("aino");
        CohortRow aino = test(view.grid).getRow(0);
        assertThat(aino.partPercents()).hasSize(3);
        assertThat(aino.partPercents().getFirst()).isGreaterThan(0);
        assertThat(test(view.grid).getCellText(0, 1)).endsWith("%");
        assertThat(view.grid.getColumns().get(1).getHeaderComponent().getElement().getAttribute("title"))
                .as("short header, full part title on hover").isEqualTo("Development path");
    }

    @Test
    void theFirstLineCountsWhoCompletedAndWhoNeedsAttention() {
        CohortView view = open();
        CohortSummary demo = cohorts.mine().stream().filter(c -> c.name().startsWith("Demo")).findFirst().orElseThrow();
        long flagged = cohorts.rows(demo.id()).stream().filter(CohortRow::flagged).count();
        String facts = find(com.vaadin.flow.component.html.Paragraph.class).withClassName("muted").first().getText();
        assertThat(facts).contains("1 completed").contains(flagged + (flagged == 1 ? " needs attention" : " need attention"));
    }

    @Autowired
    fi.polku.learning.Plans plans;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy security;

    @Test
    void aFacilitatorCommentsOnALearnersPlanVersionAndTheLearnerSeesIt() {
        fi.polku.support.SignIn.as(users, security, "oskar@polku.local");
        plans.save("innovative-teachers", "development-plan", java.util.Map.of("goal", "Oppilaat koodaavat – " + java.util.UUID.randomUUID()));
        fi.polku.support.SignIn.as(users, security, "kaisa@polku.local");
        CohortView view = open();
        test(view.filter).setValue("oskar");
        CohortRow oskar = test(view.grid).getRow(0);
        PlanReviewDialog dialog = new PlanReviewDialog(plans, oskar, java.util.Map.of("goal", "Goal"));
        dialog.open();
        roundTrip();
        var comment = dialog.content.getChildren().flatMap(c -> c.getChildren())
                .filter(c -> c instanceof com.vaadin.flow.component.textfield.TextArea).findFirst().orElseThrow();
        test((com.vaadin.flow.component.textfield.TextArea) comment).setValue("Hieno tavoite, Oskar!");
        var send = dialog.content.getChildren().flatMap(c -> c.getChildren())
                .filter(c -> c instanceof com.vaadin.flow.component.button.Button).findFirst().orElseThrow();
        test((com.vaadin.flow.component.button.Button) send).click();
        assertThat(dialog.content.getElement().getTextRecursively()).contains("Hieno tavoite, Oskar!");

        fi.polku.support.SignIn.as(users, security, "oskar@polku.local");
        assertThat(plans.myVersions("innovative-teachers", "development-plan").getFirst().comments())
                .extracting(c -> c.text()).contains("Hieno tavoite, Oskar!");
        fi.polku.support.SignIn.as(users, security, "kaisa@polku.local");
    }
}
