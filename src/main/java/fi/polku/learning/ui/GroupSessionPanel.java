package fi.polku.learning.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.polku.learning.LearningException;
import fi.polku.learning.Sparring;
import fi.polku.learning.SparringGroupView;

import java.util.Set;
import java.util.UUID;

/**
 * A sparring group's page for one session: who is in it, the facilitator's attendance ticks, and
 * the group's shared notes (saved after each pause in typing).
 */
class GroupSessionPanel extends Div {

    final TextArea notes = new TextArea();

    GroupSessionPanel(Sparring sparring, SparringGroupView group, String lessonId, boolean facilitator) {
        addClassName("form-panel");
        add(new H2(getTranslation("sparring.group", group.name())));
        Set<UUID> present = facilitator ? sparring.present(group.id(), lessonId) : Set.of();
        for (SparringGroupView.Member m : group.members()) {
            if (facilitator) {
                Checkbox here = new Checkbox(m.name(), present.contains(m.enrolmentId()));
                here.addValueChangeListener(e -> sparring.recordAttendance(group.id(), lessonId, m.enrolmentId(), e.getValue()));
                add(new Div(here));
            } else {
                add(new Paragraph(m.name() + (m.school().isEmpty() ? "" : " · " + m.school())));
            }
        }
        notes.setLabel(getTranslation("sparring.notes"));
        notes.setHelperText(getTranslation("sparring.notes-help"));
        notes.setWidthFull();
        notes.setMinHeight("8rem");
        notes.setMaxLength(20_000);
        notes.setValue(sparring.notes(group.id(), lessonId));
        notes.setValueChangeMode(ValueChangeMode.LAZY);
        notes.setValueChangeTimeout(1000);
        notes.setManualValidation(true);
        notes.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                sparring.saveNotes(group.id(), lessonId, e.getValue());
                notes.setInvalid(false);
            } catch (LearningException problem) {
                notes.setErrorMessage(getTranslation("reflection.save-failed"));
                notes.setInvalid(true);
            }
        });
        add(notes);
    }
}
