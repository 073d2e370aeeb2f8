package fi.polku.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An open tab keeps Flow's copy of its last answer only while it could still ask for it again. */
@SpringBootTest
class IdleUiTrimmerTest extends SpringBrowserlessTest {

    UIInternals internals;
    long clock = 1_000_000;

    @BeforeEach
    void watched() {
        UI ui = UI.getCurrent();
        IdleUiTrimmer.watch(ui);
        internals = ui.getInternals();
    }

    @Test
    void theCopyOfTheLastAnswerStaysUntilAWholeHeartbeatIntervalPassesWithoutAMessage() {
        message(7, "the whole course page");

        heartbeat();
        assertThat(internals.getLastRequestResponse()).as("a message may still be on its way again")
                .isEqualTo("the whole course page");

        heartbeat();
        assertThat(internals.getLastRequestResponse()).as("nothing sent for a whole interval").isNull();
    }

    @Test
    void aTabInUseKeepsItsCopy() {
        message(1, "answer 1");
        heartbeat();
        message(2, "answer 2");
        heartbeat();
        message(3, "answer 3");
        heartbeat();

        assertThat(internals.getLastRequestResponse()).isEqualTo("answer 3");

        heartbeat();
        assertThat(internals.getLastRequestResponse()).isNull();

        message(4, "answer 4");
        heartbeat();
        assertThat(internals.getLastRequestResponse()).as("used again after being idle").isEqualTo("answer 4");
    }

    private void message(int id, String answer) {
        internals.setLastProcessedClientToServerId(id, new byte[]{(byte) id});
        internals.setLastRequestResponse(answer);
    }

    private void heartbeat() {
        clock += 60_000;
        internals.setLastHeartbeatTimestamp(clock);
    }
}
