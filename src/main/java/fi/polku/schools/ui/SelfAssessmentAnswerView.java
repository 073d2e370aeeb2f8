package fi.polku.schools.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.polku.schools.SelfAssessmentException;
import fi.polku.schools.SelfAssessmentLinks;
import fi.polku.schools.SelfAssessmentViews.LinkForm;
import fi.polku.shared.ui.FieldProblems;
import fi.polku.shared.ui.LanguageSwitch;
import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * Public: a colleague answers the self-assessment through their personal link, without a Polku
 * account. The unguessable token in the address is the only key (see SelfAssessmentLinks).
 */
@Route(value = "self-assessment/answer/:token", autoLayout = false)
@AnonymousAllowed
class SelfAssessmentAnswerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph status = new Paragraph();
    final Button save = new Button();
    @Nullable SelfAssessmentForm form;
    private final SelfAssessmentLinks links;
    private String token = "";

    SelfAssessmentAnswerView(SelfAssessmentLinks links) {
        this.links = links;
        addClassNames("page", "lesson-page");
        status.getElement().setAttribute("role", "status");
        save.setText(getTranslation("self-assessment.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (form != null) {
                save(form);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        form = null;
        H1 brand = new H1("Polku");
        brand.addClassName("brand");
        removeAll();
        add(new Div(brand, new LanguageSwitch(l -> { })));
        Optional<LinkForm> found = links.open(token, getLocale());
        if (found.isEmpty()) {
            add(new H2(getTranslation("self-assessment.unknown-link")));
            return;
        }
        LinkForm f = found.get();
        add(new H2(f.lessonTitle()));
        if (f.colleagueName() != null) {
            add(new Paragraph(getTranslation("self-assessment.hello", f.colleagueName())));
        }
        add(new Paragraph(getTranslation("self-assessment.invited-by", f.ownerName(), f.school())),
                new Paragraph(getTranslation("self-assessment.anonymous")));
        if (!f.open()) {
            Paragraph closed = new Paragraph(getTranslation("self-assessment.closed"));
            closed.addClassName("notice");
            add(closed);
        }
        form = new SelfAssessmentForm(f.template(), f.answer(), !f.open());
        add(form);
        if (f.open()) {
            add(save, status);
        }
    }

    private void save(SelfAssessmentForm answers) {
        FieldProblems.clear(answers.fields());
        status.setText("");
        if (answers.markUnanswered()) {
            status.setText(getTranslation("self-assessment.answer-all"));
            return;
        }
        try {
            links.answer(token, answers.value());
            status.setText("✓ " + getTranslation("self-assessment.thanks"));
        } catch (SelfAssessmentException problem) {
            FieldProblems.show(this, problem.messageKey(), problem.arguments(), problem.field(), answers.fields());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("self-assessment.title") + " · Polku";
    }
}
