package fi.polku.schools.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import fi.polku.content.LessonDetails.SelfAssessment;
import fi.polku.schools.SelfAssessmentException;
import fi.polku.schools.SelfAssessmentViews.Overview;
import fi.polku.schools.SelfAssessmentViews.Round;
import fi.polku.schools.SelfAssessments;
import fi.polku.shared.ui.FieldProblems;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * The learner's side of a self-assessment lesson: their school, the open round with its answer
 * links and their own answer, closing it, and every round's results.
 */
class SelfAssessmentPanel extends Div {

    final TextField school = new TextField();
    final Button start = new Button();
    final Paragraph status = new Paragraph();
    @Nullable SelfAssessmentInvitations invitations;
    @Nullable SelfAssessmentForm form;
    @Nullable Button save;
    @Nullable Button close;
    private final SelfAssessments service;
    private final String courseId;
    private final String lessonId;
    private final SelfAssessment template;

    SelfAssessmentPanel(SelfAssessments service, String courseId, String lessonId, SelfAssessment template) {
        this.service = service;
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.template = template;
        addClassNames("form-panel", "self-assessment-panel");
        status.getElement().setAttribute("role", "status");
        school.setLabel(getTranslation("self-assessment.school"));
        school.setMaxLength(300);
        school.setManualValidation(true);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> act(() -> service.start(courseId, lessonId)));
        refresh();
    }

    private void refresh() {
        removeAll();
        Overview overview = service.mine(courseId, lessonId);
        add(new H2(getTranslation("self-assessment.title")));
        Round open = overview.open();
        if (open == null) {
            // the school can change between rounds (a new job); a running round keeps its own
            if (overview.school() == null) {
                add(new Paragraph(getTranslation("self-assessment.school-first")));
            }
            school.setValue(overview.school() == null ? "" : overview.school());
            Div schoolRow = new Div(school, new Button(getTranslation("self-assessment.save-school"), e -> act(() ->
                    service.changeMySchool(school.getValue()))));
            schoolRow.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("align-items", "baseline");
            add(schoolRow);
            invitations = null;
            form = null;
            start.setText(getTranslation("self-assessment.start", overview.school() == null ? "…" : overview.school()));
            start.setEnabled(overview.school() != null);
            add(new Paragraph(getTranslation(overview.rounds().isEmpty() ? "self-assessment.none-yet"
                    : "self-assessment.start-again")), start);
        } else {
            showOpen(open);
        }
        add(status);
        if (!overview.rounds().isEmpty()) {
            add(new H3(getTranslation("self-assessment.rounds")), rounds(overview));
        }
    }

    private void showOpen(Round open) {
        add(new Paragraph(getTranslation("self-assessment.round-open", open.number(), open.school(),
                SelfAssessmentLabels.date(getLocale(), open.startedAt()), open.answered())));
        invitations = new SelfAssessmentInvitations(service, open);
        add(invitations, new H3(getTranslation("self-assessment.own-answer")));
        form = new SelfAssessmentForm(template, service.myAnswer(open.id()), false);
        SelfAssessmentForm own = form;
        save = new Button(getTranslation("self-assessment.save"), e -> {
            FieldProblems.clear(own.fields());
            status.setText("");
            if (own.markUnanswered()) {
                status.setText(getTranslation("self-assessment.answer-all"));
                return;
            }
            try {
                service.answerMyself(open.id(), own.value());
                status.setText("✓ " + getTranslation("self-assessment.saved"));
            } catch (SelfAssessmentException problem) {
                FieldProblems.show(this, problem.messageKey(), problem.arguments(), problem.field(), own.fields());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close = new Button(getTranslation("self-assessment.close"), e -> confirmClose(open));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(save, resultsLink(open), close);
        actions.addClassName("done-panel");
        add(form, actions);
    }

    private void confirmClose(Round open) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("self-assessment.close-title", open.number()),
                getTranslation("self-assessment.close-text"), getTranslation("self-assessment.close"),
                e -> act(() -> service.close(open.id())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("self-assessment.cancel"));
        dialog.open();
    }

    private UnorderedList rounds(Overview overview) {
        UnorderedList list = new UnorderedList();
        for (Round r : overview.rounds()) {
            String when = SelfAssessmentLabels.date(getLocale(), r.startedAt()) + (r.closedAt() == null
                    ? " · " + getTranslation("self-assessment.open") : "–" + SelfAssessmentLabels.date(getLocale(), r.closedAt()));
            list.add(new ListItem(new Paragraph(getTranslation("self-assessment.round-line", r.number(), r.school(),
                    when, r.answered())), resultsLink(r)));
        }
        return list;
    }

    private Anchor resultsLink(Round round) {
        return new Anchor("self-assessment/results/" + round.id(), getTranslation("self-assessment.see-results"));
    }

    private void act(Runnable action) {
        FieldProblems.clear(Map.of("school", school));
        try {
            action.run();
            refresh();
        } catch (SelfAssessmentException problem) {
            FieldProblems.show(this, problem.messageKey(), problem.arguments(), problem.field(),
                    Map.of("school", school));
        }
    }
}
