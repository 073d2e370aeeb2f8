package fi.polku.learning.ui;

import fi.polku.shared.DisplayZone;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.polku.content.LessonDetails;
import fi.polku.learning.LearningException;
import fi.polku.learning.PlanVersionView;
import fi.polku.learning.Plans;
import fi.polku.shared.LocalFormats;

import java.io.ByteArrayInputStream;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learner's development plan: the template's fields, saved as a new version each time, and
 * every earlier version with the trainers' comments written on it.
 */
class PlanPanel extends Div {

    final Map<String, TextArea> fields = new LinkedHashMap<>();
    final Button save = new Button();
    final Div versions = new Div();
    private final Plans plans;
    private final String courseId;
    private final String lessonId;

    PlanPanel(Plans plans, String courseId, String lessonId, LessonDetails.Plan plan, java.util.Optional<String> theme) {
        this.plans = plans;
        this.courseId = courseId;
        this.lessonId = lessonId;
        addClassName("form-panel");
        add(new H2(getTranslation("plan.my-plan")));
        Paragraph themeLine = new Paragraph(theme.map(t -> getTranslation("plan.theme", t))
                .orElse(getTranslation("plan.no-theme")));
        themeLine.addClassName("muted");
        add(themeLine);
        List<PlanVersionView> saved = plans.myVersions(courseId, lessonId);
        Map<String, String> latest = saved.isEmpty() ? Map.of() : saved.getFirst().fields();
        for (LessonDetails.PlanField f : plan.fields()) {
            TextArea area = new TextArea(f.label());
            area.setId("plan-" + f.id()); // stable handles for the load test (src/load)
            area.setWidthFull();
            area.setMinHeight("6rem");
            area.setMaxLength(20_000);
            area.setManualValidation(true);
            if (f.help() != null) {
                area.setHelperText(f.help());
            }
            area.setValue(latest.getOrDefault(f.id(), ""));
            fields.put(f.id(), area);
            add(area);
        }
        save.setId("plan-save");
        save.setText(getTranslation("plan.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        versions.addClassName("plan-versions");
        add(save, versions);
        showVersions(saved);
    }

    private void save() {
        Errors.clear(fields);
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((id, area) -> values.put(id, area.getValue()));
        try {
            plans.save(courseId, lessonId, values);
            showVersions(plans.myVersions(courseId, lessonId));
        } catch (LearningException problem) {
            Errors.show(this, problem, fields);
        }
    }

    private void showVersions(List<PlanVersionView> saved) {
        versions.removeAll();
        if (saved.isEmpty()) {
            versions.add(new Paragraph(getTranslation("plan.no-versions")));
            return;
        }
        versions.add(new H3(getTranslation("plan.versions")));
        var format = LocalFormats.dateTime(FormatStyle.MEDIUM, getLocale()).withZone(DisplayZone.get());
        Locale language = getLocale();
        for (PlanVersionView v : saved) {
            Div body = new Div();
            fields.forEach((id, area) -> {
                Span label = new Span(area.getLabel());
                label.addClassName("strong");
                Paragraph value = new Paragraph(v.fields().getOrDefault(id, ""));
                value.addClassName("pre-line");
                body.add(label, value);
            });
            v.comments().forEach(c -> {
                Div comment = new Div(new Span(c.author() + " · " + format.format(c.at())), new Paragraph(c.text()));
                comment.addClassName("trainer-comment");
                body.add(comment);
            });
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = plans.myPdf(courseId, lessonId, v.version(), language);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "plan-v" + v.version() + ".pdf",
                        "application/pdf", bytes.length);
            }), getTranslation("plan.pdf"));
            body.add(pdf);
            String summary = getTranslation("plan.version", v.version(), format.format(v.savedAt()))
                    + (v.comments().isEmpty() ? "" : " · " + getTranslation("plan.comments", v.comments().size()));
            Details details = new Details(summary, body);
            details.setOpened(v == saved.getFirst() && !v.comments().isEmpty());
            versions.add(details);
        }
    }
}
