package fi.polku.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fi.polku.learning.LearningException;

import java.util.Map;

/** Shows a broken rule next to the field it concerns, or as a notification when it has none. */
final class Errors {

    private Errors() {
    }

    static void show(Component where, LearningException problem, Map<String, ? extends HasValidation> fields) {
        String message = where.getTranslation(problem.messageKey(), problem.arguments());
        HasValidation field = problem.field() == null ? null : fields.get(problem.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
