package fi.polku.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.net.SocketException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure in a click listener reaches the person as a message in their language, through the
 * error handler every new session gets; the code in the message is the one in the log line.
 */
@SpringBootTest
@WithUserDetails("oskar@polku.local")
@ExtendWith(OutputCaptureExtension.class)
class ErrorFeedbackTest extends SpringBrowserlessTest {

    private ErrorHandler sessionsHandler() {
        navigate("", com.vaadin.flow.component.Component.class);
        ErrorHandler handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).as("installed for every new session").isInstanceOf(ErrorFeedback.Handler.class);
        return handler;
    }

    private String shown() {
        return test($(Notification.class).last()).getText();
    }

    @Test
    void anUnexpectedFailureSaysTheStepMayNotBeSavedWithTheCodeOfItsLogLine(CapturedOutput log) {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        sessionsHandler().error(new ErrorEvent(new IllegalStateException("the database went away")));

        String message = shown();
        assertThat(message).startsWith("Something went wrong, and what you just did may not have been saved.");
        Matcher code = Pattern.compile("give support the code ([0-9a-f]{8})\\.$").matcher(message);
        assertThat(code.find()).as(message).isTrue();
        assertThat(log.getOut()).contains("Unexpected error in the UI (code " + code.group(1) + ")")
                .contains("the database went away");
    }

    @Test
    void aConflictAndAMissingRightAreNamedInTheUsersLanguage() {
        UI.getCurrent().setLocale(Locale.of("fi"));
        ErrorHandler handler = sessionsHandler();

        handler.error(new ErrorEvent(new ObjectOptimisticLockingFailureException("Enrolment", "e1")));
        assertThat(shown()).startsWith("Joku muu tallensi saman tiedon samalla hetkellä")
                .doesNotContain("koodi");

        handler.error(new ErrorEvent(new RuntimeException(new AuthorizationDeniedException("Access Denied"))));
        assertThat(shown()).startsWith("Sinulla ei ole oikeutta tähän, tai kirjautumisesi on päättynyt.");
    }

    @Test
    void aDroppedConnectionShowsNothing() {
        ErrorHandler handler = sessionsHandler();
        int before = $(Notification.class).all().size();

        handler.error(new ErrorEvent(new SocketException("Broken pipe")));

        assertThat($(Notification.class).all()).hasSize(before);
    }
}
