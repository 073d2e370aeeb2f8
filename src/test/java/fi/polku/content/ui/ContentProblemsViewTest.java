package fi.polku.content.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "polku.content.dir=src/test/resources/content-broken")
class ContentProblemsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin@polku.local")
    void adminsSeeEachProblemWithItsFileAndLine() {
        ContentProblemsView view = navigate(ContentProblemsView.class);

        assertThat(test(view.grid).size()).isEqualTo(11);
        assertThat(view.summary.getText()).contains("11 error(s)");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("bad-yaml-course/course.yml:5");
    }

    @Test
    @WithUserDetails("aino@polku.local")
    void learnersCannotOpenIt() {
        try {
            navigate("admin/content", ContentProblemsView.class);
        } catch (RuntimeException | AssertionError refused) {
            assertThat(getCurrentView()).isNotInstanceOf(ContentProblemsView.class);
            return;
        }
        assertThat(getCurrentView()).isNotInstanceOf(ContentProblemsView.class);
    }
}
