package fi.polku.learning.ui;

import fi.polku.shared.DisplayZone;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.polku.content.LessonDetails;
import fi.polku.content.LessonDetails.Option;
import fi.polku.content.LessonDetails.Question;
import fi.polku.learning.LearningException;
import fi.polku.learning.SurveyAnswers;
import fi.polku.learning.Surveys;
import fi.polku.learning.ThemeSuggestion;
import fi.polku.shared.LocalFormats;

import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The needs survey as a form, the themes its answers suggest, and the learner's choice of theme. */
class SurveyPanel extends Div {

    static final String OWN = "__own";

    final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> values = new HashMap<>();
    final RadioButtonGroup<String> theme = new RadioButtonGroup<>();
    final TextField ownTheme = new TextField();
    final Button submit = new Button();
    final Paragraph status = new Paragraph();

    SurveyPanel(Surveys surveys, String courseId, String lessonId, LessonDetails.Survey survey) {
        addClassName("form-panel");
        add(new H2(getTranslation("survey.answer")));
        SurveyAnswers latest = surveys.latest(courseId, lessonId).orElse(null);
        Map<String, String> previous = latest == null ? Map.of() : latest.answers();
        for (Question q : survey.questions()) {
            add((com.vaadin.flow.component.Component) field(q, previous.get(q.id())));
        }
        Map<String, ThemeSuggestion> byId = new HashMap<>();
        theme.setLabel(getTranslation("survey.choose-theme"));
        theme.setManualValidation(true);
        Button suggest = new Button(getTranslation("survey.suggest"), e -> {
            List<ThemeSuggestion> suggestions = surveys.suggest(courseId, lessonId, answers());
            suggestions.forEach(s -> byId.put(s.id(), s));
            List<String> ids = suggestions.stream().map(ThemeSuggestion::id).collect(Collectors.toList());
            ids.add(OWN);
            String chosen = theme.getValue();
            theme.setItems(ids);
            theme.setValue(chosen != null ? chosen : ids.getFirst());
        });
        theme.setItemLabelGenerator(id -> id.equals(OWN) ? getTranslation("survey.own-theme")
                : byId.get(id).title() + (byId.get(id).votes() > 0
                ? " (" + getTranslation("survey.votes", byId.get(id).votes()) + ")" : ""));
        ownTheme.setLabel(getTranslation("survey.own-theme"));
        ownTheme.setMaxLength(500);
        ownTheme.setWidthFull();
        ownTheme.setManualValidation(true);
        fields.put("theme", theme);
        submit.setText(getTranslation("survey.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.getElement().setAttribute("role", "status");
        if (latest != null) {
            suggest.click();
            theme.setValue(latest.ownTheme() != null ? OWN : latest.chosenTheme());
            ownTheme.setValue(latest.ownTheme() == null ? "" : latest.ownTheme());
            status.setText(submittedText(latest));
        }
        submit.addClickListener(e -> {
            Errors.clear(fields);
            String chosen = theme.getValue();
            try {
                SurveyAnswers saved = surveys.submit(courseId, lessonId, answers(),
                        chosen == null || chosen.equals(OWN) ? null : chosen,
                        OWN.equals(chosen) ? ownTheme.getValue() : null);
                status.setText(submittedText(saved));
            } catch (LearningException problem) {
                Errors.show(this, problem, fields);
            }
        });
        add(suggest, theme, ownTheme, submit, status);
    }

    private String submittedText(SurveyAnswers answers) {
        var format = LocalFormats.dateTime(FormatStyle.MEDIUM, getLocale()).withZone(DisplayZone.get());
        return "✓ " + getTranslation("survey.submitted", format.format(answers.submittedAt()));
    }

    Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        values.forEach((id, value) -> answers.put(id, value.get()));
        return answers;
    }

    private HasValidation field(Question q, String previous) {
        String value = previous == null ? "" : previous;
        HasValidation field = switch (q.kind()) {
            case SINGLE -> {
                RadioButtonGroup<String> group = options(new RadioButtonGroup<>(), q);
                group.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
                if (!value.isEmpty()) {
                    group.setValue(value);
                }
                values.put(q.id(), () -> group.getValue() == null ? "" : group.getValue());
                yield group;
            }
            case MULTIPLE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>();
                group.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
                group.setItems(q.options().stream().map(Option::id).toList());
                group.setItemLabelGenerator(id -> text(q, id));
                group.setValue(Arrays.stream(value.split(",")).filter(s -> !s.isBlank())
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
                values.put(q.id(), () -> String.join(",", group.getValue()));
                yield group;
            }
            case SCALE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>();
                group.setItems("1", "2", "3", "4", "5");
                group.setItemLabelGenerator(v -> v.equals("1") && q.minLabel() != null ? "1 " + q.minLabel()
                        : v.equals("5") && q.maxLabel() != null ? "5 " + q.maxLabel() : v);
                if (!value.isEmpty()) {
                    group.setValue(value);
                }
                values.put(q.id(), () -> group.getValue() == null ? "" : group.getValue());
                yield group;
            }
            case TEXT -> {
                TextArea area = new TextArea();
                area.setWidthFull();
                area.setMaxLength(5000);
                area.setValue(value);
                values.put(q.id(), area::getValue);
                yield area;
            }
        };
        ((com.vaadin.flow.component.Component) field).getElement().setProperty("label", q.text());
        field.setManualValidation(true);
        ((com.vaadin.flow.component.HasSize) field).setWidthFull();
        fields.put(q.id(), field);
        return field;
    }

    private static RadioButtonGroup<String> options(RadioButtonGroup<String> group, Question q) {
        group.setItems(q.options().stream().map(Option::id).toList());
        group.setItemLabelGenerator(id -> text(q, id));
        return group;
    }

    private static String text(Question q, String optionId) {
        return q.options().stream().filter(o -> o.id().equals(optionId)).map(Option::text).findFirst().orElse(optionId);
    }

}
