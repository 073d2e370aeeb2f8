package fi.polku.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Lets an idle browser tab cost the server less. Flow keeps the last answer it sent to each UI, so that
 * a browser resending the same message (its answer lost on the way) gets it again. For a page that has
 * just been opened that answer is the whole page, about 100 KB, and it stays for as long as the tab
 * stays open. A tab that has sent nothing between two heartbeats (a minute apart by default) is not
 * waiting for an answer, so the kept copy is dropped then. A browser that did resend after that gets
 * no copy; it asks the learner to reload. docs/BENCHMARKS.md (memory) has the measurement.
 */
@Component
class IdleUiTrimmer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> watch(e.getUI()));
    }

    static void watch(UI ui) {
        int[] seenAtLastBeat = {Integer.MIN_VALUE};
        ui.addHeartbeatListener(beat -> {
            UIInternals internals = ui.getInternals();
            int lastMessage = internals.getLastProcessedClientToServerId();
            if (lastMessage == seenAtLastBeat[0]) {
                internals.setLastRequestResponse(null);
            }
            seenAtLastBeat[0] = lastMessage;
        });
    }
}
