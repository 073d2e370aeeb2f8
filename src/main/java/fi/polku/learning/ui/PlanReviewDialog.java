package fi.polku.learning.ui;

import fi.polku.shared.DisplayZone;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import fi.polku.learning.CohortRow;
import fi.polku.learning.LearningException;
import fi.polku.learning.PlanVersionView;
import fi.polku.learning.Plans;
import fi.polku.shared.LocalFormats;

import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** A facilitator reads a learner's plan versions and comments on one. */
class PlanReviewDialog extends Dialog {

    private final Plans plans;
    private final CohortRow learner;
    final Div content = new Div();

    private final Map<String, String> labels;

    PlanReviewDialog(Plans plans, CohortRow learner, Map<String, String> labels) {
        this.plans = plans;
        this.labels = labels;
        this.learner = learner;
        setHeaderTitle(getTranslation("review.title", learner.name()));
        setWidth("min(48rem, 95vw)");
        add(content);
        Button close = new Button(getTranslation("form.close"), e -> close());
        getFooter().add(close);
        show();
    }

    private void show() {
        content.removeAll();
        List<PlanVersionView> versions = plans.versionsOf(learner.enrolmentId());
        if (versions.isEmpty()) {
            content.add(new Paragraph(getTranslation("review.no-plan")));
            return;
        }
        var format = LocalFormats.dateTime(FormatStyle.MEDIUM, getLocale()).withZone(DisplayZone.get());
        for (PlanVersionView v : versions) {
            Div version = new Div(new H3(getTranslation("plan.version", v.version(), format.format(v.savedAt()))));
            version.addClassName("plan-version");
            v.fields().forEach((field, value) -> {
                Span label = new Span(labels.getOrDefault(field, field));
                label.addClassName("muted");
                Paragraph text = new Paragraph(value.isEmpty() ? "—" : value);
                text.addClassName("pre-line");
                version.add(label, text);
            });
            v.comments().forEach(c -> {
                Div comment = new Div(new Span(c.author() + " · " + format.format(c.at())), new Paragraph(c.text()));
                comment.addClassName("trainer-comment");
                version.add(comment);
            });
            TextArea comment = new TextArea(getTranslation("review.comment"));
            comment.setWidthFull();
            comment.setMaxLength(5000);
            comment.setManualValidation(true);
            Button send = new Button(getTranslation("review.send"));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClickListener(e -> {
                try {
                    plans.comment(v.id(), comment.getValue());
                    show();
                } catch (LearningException problem) {
                    Errors.show(this, problem, Map.of("comment", comment));
                }
            });
            version.add(comment, send);
            content.add(version);
        }
    }
}
