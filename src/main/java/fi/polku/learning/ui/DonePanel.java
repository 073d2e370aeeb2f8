package fi.polku.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fi.polku.learning.CourseProgress;
import fi.polku.learning.Learning;
import fi.polku.learning.LearningException;

import java.util.Map;

/** "Mark as done" for a lesson the learner completes themselves, undoable. */
class DonePanel extends Div {

    final Button markDone = new Button();
    final Button undo = new Button();
    final Span status = new Span();

    DonePanel(Learning learning, String courseId, String lessonId, boolean done) {
        addClassName("done-panel");
        markDone.setId("mark-done"); // a stable handle for the load test (src/load)
        markDone.setText(getTranslation("lesson.mark-done"));
        markDone.setIcon(VaadinIcon.CHECK.create());
        markDone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        undo.setText(getTranslation("lesson.undo"));
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        status.addClassName("success");
        markDone.addClickListener(e -> {
            try {
                show(learning.markDone(courseId, lessonId), lessonId);
            } catch (LearningException problem) {
                Errors.show(this, problem, Map.of());
            }
        });
        undo.addClickListener(e -> show(learning.undo(courseId, lessonId), lessonId));
        status.getElement().setAttribute("role", "status");
        add(status, markDone, undo);
        show(done);
    }

    private void show(CourseProgress progress, String lessonId) {
        show(progress.isDone(lessonId));
        if (progress.completedAt() != null) {
            status.setText(getTranslation("lesson.done") + " · " + getTranslation("progress.completed"));
        }
    }

    private void show(boolean done) {
        status.setText(done ? "✓ " + getTranslation("lesson.done") : "");
        markDone.setVisible(!done);
        undo.setVisible(done);
    }
}
