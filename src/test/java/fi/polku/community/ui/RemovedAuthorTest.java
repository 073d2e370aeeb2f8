package fi.polku.community.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fi.polku.community.Discussions;
import fi.polku.community.Discussions.PostView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A post whose author deleted their account keeps its place, shown as by "Removed user". */
@SpringBootTest
@WithUserDetails("oskar@polku.local")
class RemovedAuthorTest extends SpringBrowserlessTest {

    @Autowired Discussions discussions;

    @Test
    void aPostOfADeletedAccountSaysRemovedUser() {
        PostView gone = new PostView(UUID.randomUUID(), null, "", false, "", "", Instant.now(), false, false, true,
                false, false, false, Map.of(), Set.of(), 0);
        PostCard card = new PostCard(discussions, gone, false, () -> { });
        assertThat(card.getElement().getTextRecursively()).contains("Removed user");
    }
}
