package fi.polku.peerreview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fi.polku.peerreview.PeerReviewException;

import java.util.Map;

/** Shows a broken peer-review rule next to its field, or as a notification when it has none. */
final class Problems {

    private Problems() {
    }

    static void show(Component where, PeerReviewException problem, Map<String, ? extends HasValidation> fields) {
        String message = where.getTranslation(problem.messageKey(), problem.arguments());
        HasValidation field = problem.field() == null ? null : fields.get(problem.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
