package fi.polku.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * Shows a broken rule where the person will see it: next to the field it concerns, or as a
 * notification when it concerns no field on the form. What was typed stays in the fields.
 */
public final class FieldProblems {

    private FieldProblems() {
    }

    public static void show(Component where, String messageKey, Object[] arguments, @Nullable String field,
                            Map<String, ? extends HasValidation> fields) {
        String message = where.getTranslation(messageKey, arguments);
        HasValidation target = field == null ? null : fields.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
            if (target instanceof Focusable<?> focusable) {
                focusable.focus(); // keyboard users land on the field; Vaadin's field announces the message
            }
        } else {
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
