package fi.polku.content.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithUserDetails("oskar@polku.local")
class LessonViewTest extends SpringBrowserlessTest {

    @Test
    void opensALessonInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("courses/innovative-teachers/needs-survey", LessonView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Needs survey");
        assertThat(bodyHtml()).contains("<h2");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Innovative Teachers");
        assertThat(find(LessonDetailsPanel.class).single().getElement().getTextRecursively())
                .contains("The survey's questions");
    }

    @Test
    void opensTheSameLessonInFinnish() {
        UI.getCurrent().setLocale(Locale.of("fi"));
        navigate("courses/innovative-teachers/needs-survey", LessonView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Tarvekartoitus");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Innovatiiviset opettajat");
        assertThat(find(LessonDetailsPanel.class).single().getElement().getTextRecursively())
                .contains("Kyselyn kysymykset");
    }

    @Test
    void aSessionShowsWhenAndWhereBeforeTheText() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        LessonView view = navigate("courses/innovative-teachers/opening-webinar", LessonView.class);

        String details = find(LessonDetailsPanel.class).single().getElement().getTextRecursively();
        assertThat(details).contains("Thursday, September 2, 2027", "Join the meeting");
        assertThat(view.indexOf(find(LessonDetailsPanel.class).single())).isLessThan(view.indexOf(view.body));
    }

    private String bodyHtml() {
        return find(LessonView.class).single().body.getElement().getChild(0).getProperty("innerHTML");
    }
}
