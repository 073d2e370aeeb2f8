package fi.polku.learning.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The facilitator's list of cohorts names each cohort's course by its title in the reader's language. */
@SpringBootTest
@WithUserDetails("kaisa@polku.local")
class CohortsViewTest extends SpringBrowserlessTest {

    List<String> courseColumn(Locale language) {
        UI.getCurrent().setLocale(language);
        CohortsView view = navigate(CohortsView.class);
        List<String> courses = new ArrayList<>();
        for (int i = 0; i < test(view.grid).size(); i++) {
            courses.add(test(view.grid).getCellText(i, 1));
        }
        return courses;
    }

    @Test
    void showsTheCourseTitleNotItsId() {
        assertThat(courseColumn(Locale.ENGLISH)).contains("Innovative Teachers").doesNotContain("innovative-teachers");
    }

    @Test
    void showsTheTitleInTheReadersLanguage() {
        assertThat(courseColumn(Locale.of("fi"))).contains("Innovatiiviset opettajat");
    }
}
