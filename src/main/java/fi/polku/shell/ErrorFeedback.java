package fi.polku.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.persistence.OptimisticLockException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What a person sees when something they did fails unexpectedly: a click, a save, a dialog.
 * Vaadin's own handler only logs it, and in production the page stays as if nothing had happened.
 * This one says so in the person's language, next to what they were doing: that the step may not
 * have been saved, that what they typed is still there, and a short code that is also in the log
 * line, for support to find it. Two causes get their own words: someone saving the same thing at
 * the same moment, and a right that is missing or a sign-in that has ended.
 */
@Component
class ErrorFeedback implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(ErrorFeedback.class);
        private static final SecureRandom codes = new SecureRandom();

        private final DefaultErrorHandler vaadins = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            Throwable problem = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
            UI ui = UI.getCurrent();
            // A closed tab or a dropped connection: nobody to tell, and Vaadin's handler knows to stay quiet.
            if (ui == null || DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(problem.getClass().getName())) {
                vaadins.error(event);
                return;
            }
            byte[] random = new byte[4];
            codes.nextBytes(random);
            String code = HexFormat.of().formatHex(random);
            String key = messageKey(problem);
            if (!key.equals("error.unexpected")) { // a foreseen cause: one line is enough
                log.warn("{} in the UI (code {}): {}", key, code, problem.toString());
            } else {
                log.error("Unexpected error in the UI (code {})", code, problem);
            }
            Notification shown = Notification.show(ui.getTranslation(key, code), 10_000, Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }

        static String messageKey(Throwable problem) {
            if (causedBy(problem, ConcurrencyFailureException.class) || causedBy(problem, OptimisticLockException.class)) {
                return "error.conflict";
            }
            if (causedBy(problem, AccessDeniedException.class)) {
                return "error.denied";
            }
            return "error.unexpected";
        }

        private static boolean causedBy(@Nullable Throwable problem, Class<? extends Throwable> kind) {
            for (Throwable t = problem; t != null; t = t.getCause()) { // getCause() is never the throwable itself
                if (kind.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
