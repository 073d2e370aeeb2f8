package fi.polku.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An old link to a lesson that is no longer in the course: a page in the person's language, inside the menu. */
@SpringBootTest
@WithUserDetails("oskar@polku.local")
class NotFoundViewTest extends SpringBrowserlessTest {

    @Test
    void aLessonThatIsNoLongerThereSaysSoWithTheMenuAndTheWayOn() {
        UI.getCurrent().setLocale(Locale.of("fi"));
        NotFoundView page = navigate("courses/innovative-teachers/poistettu-oppitunti", NotFoundView.class);

        assertThat($(H1.class).from(page).single().getText()).isEqualTo("Sivua ei löydy");
        assertThat($(Paragraph.class).from(page).first().getText()).contains("Kurssi on ehkä muuttunut linkin tekemisen jälkeen");
        assertThat($(Anchor.class).from(page).all()).extracting(Anchor::getHref).containsExactly("", "courses");
        assertThat($(SideNav.class).all()).as("the menu stays").hasSize(1);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sivua ei löydy · Polku");
    }
}
