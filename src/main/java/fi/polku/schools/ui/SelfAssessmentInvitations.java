package fi.polku.schools.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fi.polku.schools.SelfAssessmentException;
import fi.polku.schools.SelfAssessmentViews.Invitation;
import fi.polku.schools.SelfAssessmentViews.Round;
import fi.polku.schools.SelfAssessments;
import fi.polku.shared.ui.FieldProblems;

import java.util.Map;

/** The owner's answer links: make one per colleague, copy it, see who has answered. */
class SelfAssessmentInvitations extends Div {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Button create = new Button();
    final Div links = new Div();

    SelfAssessmentInvitations(SelfAssessments service, Round round) {
        add(new H3(getTranslation("self-assessment.links")),
                new Paragraph(getTranslation("self-assessment.links-help")));
        name.setLabel(getTranslation("self-assessment.colleague-name"));
        name.setMaxLength(200);
        name.setManualValidation(true);
        email.setLabel(getTranslation("self-assessment.colleague-email"));
        email.setManualValidation(true);
        create.setText(getTranslation("self-assessment.create-link"));
        create.setIcon(VaadinIcon.LINK.create());
        Map<String, HasValidation> fields = Map.of("name", name, "email", email);
        create.addClickListener(e -> {
            FieldProblems.clear(fields);
            try {
                links.addComponentAsFirst(row(service.invite(round.id(), name.getValue(), email.getValue())));
                name.clear();
                email.clear();
            } catch (SelfAssessmentException problem) {
                FieldProblems.show(this, problem.messageKey(), problem.arguments(), problem.field(), fields);
            }
        });
        Div form = new Div(name, email, create);
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        links.addClassName("self-assessment-links");
        round.invitations().reversed().forEach(i -> links.add(row(i)));
        add(form, links);
    }

    private Div row(Invitation invitation) {
        String who = invitation.name() != null ? invitation.name() : getTranslation("self-assessment.unnamed");
        if (invitation.email() != null) {
            who += " <" + invitation.email() + ">";
        }
        Span status = new Span(invitation.answeredAt() != null ? "✓ " + getTranslation("self-assessment.answered")
                : getTranslation("self-assessment.not-answered"));
        status.addClassName(invitation.answeredAt() != null ? "success" : "muted");
        TextField link = new TextField();
        link.setValue(invitation.link());
        link.setReadOnly(true);
        link.setAriaLabel(getTranslation("self-assessment.link-of", who));
        link.getStyle().set("flex", "1").set("min-width", "0");
        Button copy = new Button(getTranslation("self-assessment.copy"), VaadinIcon.COPY.create(), e -> {
            link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", invitation.link());
            e.getSource().setText(getTranslation("self-assessment.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div linkRow = new Div(link, copy);
        linkRow.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        Div row = new Div(new Div(new Span(who), new Span(" · "), status), linkRow);
        row.addClassName("self-assessment-link");
        row.getStyle().set("margin", "var(--lumo-space-s) 0");
        return row;
    }
}
