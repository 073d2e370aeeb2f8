package fi.polku.schools.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.polku.schools.SelfAssessmentException;
import fi.polku.schools.SelfAssessmentResults;
import fi.polku.schools.SelfAssessmentResults.AreaResult;
import fi.polku.schools.SelfAssessments;
import fi.polku.shared.UntrustedText;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

/**
 * A round's results: a chart of the area means with their spread beside a table of the same
 * figures, then each area's statements and comments. Signed-in people only; the service lets
 * through the round's owner, the facilitators of the owner's cohort and admins.
 */
@Route("self-assessment/results/:roundId")
@PermitAll
class SelfAssessmentResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SelfAssessments service;
    private String title = "";

    SelfAssessmentResultsView(SelfAssessments service) {
        this.service = service;
        addClassNames("page", "wide-page", "self-assessment-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = getTranslation("self-assessment.results");
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("roundId").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        SelfAssessmentResults r;
        try {
            r = service.results(id, getLocale());
        } catch (AccessDeniedException | SelfAssessmentException refused) {
            add(new H1(title), new Paragraph(getTranslation(refused instanceof SelfAssessmentException p
                    ? p.messageKey() : "self-assessment.not-yours")));
            return;
        }
        title = getTranslation("self-assessment.results-of", r.school());
        add(new Anchor("courses/" + r.courseId() + "/" + r.lessonId(), r.lessonTitle()), new H1(title));
        String state = r.closedAt() == null ? getTranslation("self-assessment.open")
                : getTranslation("self-assessment.closed-on", SelfAssessmentLabels.date(getLocale(), r.closedAt()));
        add(new Paragraph(getTranslation("self-assessment.results-facts", r.number(),
                SelfAssessmentLabels.date(getLocale(), r.startedAt()), state, r.respondents())));
        add(new Paragraph(getTranslation("self-assessment.scale-short", SelfAssessmentLabels.low(this, r.lowLabel()),
                SelfAssessmentLabels.high(this, r.highLabel()))));
        if (r.previousNumber() != null) {
            add(new Paragraph(getTranslation("self-assessment.compared", r.previousNumber())));
        }
        if (r.respondents() == 0) {
            add(new Paragraph(getTranslation("self-assessment.no-answers")));
            return;
        }
        add(new H2(getTranslation("self-assessment.by-area")), side(
                SelfAssessmentChart.of(r.areas().stream().map(a -> new SelfAssessmentChart.Row(a.title(), a.spread(),
                        a.previousMean())).toList(), getTranslation("self-assessment.chart-label")),
                SelfAssessmentTable.areas(this, getLocale(), r)));
        add(new Paragraph(getTranslation("self-assessment.legend")));
        for (AreaResult area : r.areas()) {
            add(new H2(area.title()), side(SelfAssessmentChart.of(area.statements().stream()
                            .map(s -> new SelfAssessmentChart.Row(s.text(), s.spread(), s.previousMean())).toList(),
                            getTranslation("self-assessment.chart-label-area", area.title())),
                    SelfAssessmentTable.statements(this, getLocale(), area, r.previousNumber() != null)));
            if (!area.comments().isEmpty()) {
                add(new H3(getTranslation("self-assessment.comments")));
                area.comments().forEach(c -> add(new Html("<div class=\"learner-text\">" + UntrustedText.toHtml(c)
                        + "</div>")));
            }
        }
    }

    /**
     * Chart above its table: side by side, the statements' text wrapped into a narrow column and
     * made the table many times taller than the chart.
     */
    private static Div side(com.vaadin.flow.component.Component chart, com.vaadin.flow.component.Component table) {
        Div c = new Div(chart);
        c.getStyle().set("flex", "1 1 100%").set("min-width", "0").set("max-width", "48rem");
        Div t = new Div(table);
        t.addClassName("table-scroll");
        t.getStyle().set("flex", "1 1 100%").set("min-width", "0");
        Div row = new Div(c, t);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        return row;
    }

    @Override
    public String getPageTitle() {
        return title + " · Polku";
    }
}
