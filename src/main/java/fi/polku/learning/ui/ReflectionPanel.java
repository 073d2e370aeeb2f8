package fi.polku.learning.ui;

import fi.polku.shared.DisplayZone;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.polku.learning.Learning;
import fi.polku.learning.LearningException;
import fi.polku.learning.ReflectionDraft;
import fi.polku.shared.LocalFormats;


/**
 * The learner's written reflection. Every pause in typing saves a draft, so nothing is lost on
 * navigation; a failed save says so and keeps the text in the field.
 */
class ReflectionPanel extends Div {

    final TextArea text = new TextArea();
    final Span saved = new Span();

    ReflectionPanel(Learning learning, String courseId, String lessonId, String prompt) {
        addClassName("reflection-panel");
        ReflectionDraft draft = learning.reflection(courseId, lessonId);
        text.setLabel(prompt);
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setMaxLength(20_000);
        text.setValue(draft.text());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(800);
        text.setManualValidation(true);
        saved.addClassName("muted");
        saved.getElement().setAttribute("aria-live", "polite");
        show(draft);
        text.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                text.setInvalid(false);
                show(learning.saveReflection(courseId, lessonId, e.getValue()));
            } catch (LearningException | IllegalArgumentException problem) {
                text.setErrorMessage(getTranslation("reflection.save-failed"));
                text.setInvalid(true);
            }
        });
        add(text, saved);
    }

    private void show(ReflectionDraft draft) {
        if (draft.savedAt() == null) {
            saved.setText(getTranslation("reflection.words", draft.words()));
            return;
        }
        var time = LocalFormats.time(getLocale())
                .withZone(DisplayZone.get());
        saved.setText(getTranslation("reflection.saved", draft.words(), time.format(draft.savedAt())));
    }
}
