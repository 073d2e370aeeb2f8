package fi.polku.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The side menu: what a learner may open, built once per page and the same after every navigation. */
@SpringBootTest
@WithUserDetails("oskar@polku.local")
class MainMenuTest extends SpringBrowserlessTest {

    private List<String> menu() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void stays_the_same_through_navigation_and_offers_a_learner_no_facilitator_pages() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("", com.vaadin.flow.component.Component.class);
        List<String> first = menu();

        navigate("courses/innovative-teachers", com.vaadin.flow.component.Component.class);
        navigate("courses/innovative-teachers/welcome", com.vaadin.flow.component.Component.class);
        navigate("", com.vaadin.flow.component.Component.class);

        assertThat(first).isNotEmpty().doesNotHaveDuplicates();
        assertThat(menu()).isEqualTo(first);
        assertThat(first).contains("courses").noneMatch(path -> path.startsWith("cohorts") || path.startsWith("admin")
                || path.startsWith("moderation"));
    }
}
