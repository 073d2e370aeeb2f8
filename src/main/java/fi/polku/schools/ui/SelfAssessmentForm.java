package fi.polku.schools.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fi.polku.content.LessonDetails.AssessmentArea;
import fi.polku.content.LessonDetails.AssessmentStatement;
import fi.polku.content.LessonDetails.SelfAssessment;
import fi.polku.schools.SelfAssessmentViews.Answer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of a self-assessment as a form: 1–5 or "don't know" for each, a comment per area.
 * Used by the learner in the lesson and by colleagues behind their answer link.
 */
class SelfAssessmentForm extends Div {

    static final String COMMENT_FIELD = "comment:";
    private static final List<Integer> CHOICES = List.of(1, 2, 3, 4, 5, Answer.DONT_KNOW);

    final Map<String, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();
    final Map<String, TextArea> comments = new LinkedHashMap<>();

    SelfAssessmentForm(SelfAssessment template, Answer answer, boolean readOnly) {
        addClassName("self-assessment-form");
        String scale = getTranslation("self-assessment.scale-short", SelfAssessmentLabels.low(this, template.lowLabel()),
                SelfAssessmentLabels.high(this, template.highLabel()));
        for (AssessmentArea area : template.areas()) {
            Paragraph hint = new Paragraph(scale);
            hint.addClassName("muted");
            add(new H3(area.title()), hint);
            for (AssessmentStatement s : area.statements()) {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>(s.text());
                group.setItems(CHOICES);
                group.setItemLabelGenerator(v -> v == Answer.DONT_KNOW ? getTranslation("self-assessment.dont-know")
                        : String.valueOf(v));
                group.setManualValidation(true);
                group.setValue(answer.ratings().get(s.id()));
                group.setReadOnly(readOnly);
                group.setWidthFull();
                group.addValueChangeListener(e -> group.setInvalid(false));
                ratings.put(s.id(), group);
                add(group);
            }
            TextArea comment = new TextArea(getTranslation("self-assessment.comment", area.title()));
            comment.setMaxLength(Answer.MAX_COMMENT);
            comment.setWidthFull();
            comment.setManualValidation(true);
            comment.setValue(answer.comments().getOrDefault(area.id(), ""));
            comment.setReadOnly(readOnly);
            comments.put(area.id(), comment);
            add(comment);
        }
    }

    /** The ratings chosen so far; statements left open are left out (the service names the first). */
    Answer value() {
        Map<String, Integer> chosen = new HashMap<>();
        ratings.forEach((id, group) -> {
            if (group.getValue() != null) {
                chosen.put(id, group.getValue());
            }
        });
        Map<String, String> texts = new HashMap<>();
        comments.forEach((id, area) -> texts.put(id, area.getValue()));
        return new Answer(chosen, texts);
    }

    /** Marks every statement still without an answer, so the person sees them all at once. */
    boolean markUnanswered() {
        boolean any = false;
        for (RadioButtonGroup<Integer> group : ratings.values()) {
            if (group.getValue() == null) {
                group.setErrorMessage(getTranslation("self-assessment.unanswered"));
                group.setInvalid(true);
                any = true;
            }
        }
        return any;
    }

    /** Fields by the names the service uses in its problems. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> all = new HashMap<>(ratings);
        comments.forEach((id, area) -> all.put(COMMENT_FIELD + id, area));
        return all;
    }
}
