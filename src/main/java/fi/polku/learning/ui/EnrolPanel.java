package fi.polku.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.EnrolResult;
import fi.polku.learning.Learning;
import fi.polku.shared.LocalFormats;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The open cohorts of a course, each with a button to join (and a key field where one is set). */
class EnrolPanel extends Div {

    EnrolPanel(Learning learning, String courseId) {
        addClassName("enrol-panel");
        add(new H2(getTranslation("enrol.title")));
        List<CohortSummary> open = learning.openCohorts(courseId);
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("enrol.none")));
            return;
        }
        add(new Paragraph(getTranslation("enrol.intro")));
        DateTimeFormatter date = LocalFormats.date(FormatStyle.MEDIUM, getLocale());
        for (CohortSummary cohort : open) {
            Div row = new Div();
            row.addClassName("cohort-row");
            Span name = new Span(cohort.name());
            name.addClassName("strong");
            Span dates = new Span(date.format(cohort.startsOn()) + " – " + date.format(cohort.endsOn()));
            dates.addClassName("muted");
            row.add(name, dates);
            PasswordField key = new PasswordField(getTranslation("enrol.key"));
            key.setVisible(cohort.keyRequired());
            key.setManualValidation(true);
            Button join = new Button(getTranslation("enrol.join"));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.setEnabled(!cohort.full());
            if (cohort.full()) {
                row.add(new Span(getTranslation("enrol.result.FULL")));
            }
            join.addClickListener(e -> {
                EnrolResult result = learning.enrol(cohort.id(), key.getValue());
                if (result == EnrolResult.ENROLLED || result == EnrolResult.ALREADY_ENROLLED) {
                    UI.getCurrent().getPage().reload();
                } else {
                    key.setErrorMessage(getTranslation("enrol.result." + result.name()));
                    key.setInvalid(true);
                    key.setVisible(true);
                }
            });
            row.add(key, join);
            add(row);
        }
    }
}
