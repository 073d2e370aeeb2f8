package fi.polku.learning.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A new learner is welcomed with the course's own parts and first steps; one who has started is not. */
@SpringBootTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    private HomeView homeOfANewLearner(Locale language) {
        String email = "new-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration("Väinö Uusi", email, "a-long-password", language));
        SignIn.as(users, security, email);
        UI.getCurrent().setLocale(language);
        return navigate(HomeView.class);
    }

    private static String text(HomeView view) {
        return view.getElement().getTextRecursively();
    }

    private List<String> links(HomeView view) {
        return find(Anchor.class).from(view).all().stream().map(a -> a.getHref() + " " + a.getText()).toList();
    }

    @Test
    void aNewLearnerSeesTheCoursesThreePartsAndWhatToDoFirst() {
        HomeView view = homeOfANewLearner(Locale.ENGLISH);

        assertThat(text(view)).contains("About the course Innovative Teachers", "The course in 3 parts",
                "Development path", "Development methods", "Development project", "What to do first");
        assertThat(find(ListItem.class).from(view).all().stream().map(li -> li.getElement().getTextRecursively()))
                .anySatisfy(li -> assertThat(li).startsWith("Development path · 9 lessons, about"));
        assertThat(links(view)).contains("courses/innovative-teachers Join a cohort on the course page",
                "courses/innovative-teachers/welcome Welcome to the course")
                .anySatisfy(l -> assertThat(l).startsWith("courses/innovative-teachers/needs-survey "));
        assertThat(text(view)).doesNotContain("My courses");
    }

    @Test
    void theWelcomeIsInFinnishForAFinnishLearner() {
        HomeView view = homeOfANewLearner(Locale.of("fi"));

        assertThat(text(view)).contains("Kurssista Innovatiiviset opettajat", "Kurssissa on 3 osaa", "Kehittämispolku",
                "Mistä aloittaa", "Liity ryhmään kurssin sivulla");
    }

    @Test
    @WithUserDetails("oskar@polku.local")
    void aLearnerWhoHasJoinedSeesTheirCourseInsteadOfTheWelcome() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        HomeView view = navigate(HomeView.class);

        assertThat(text(view)).contains("My courses").doesNotContain("What to do first");
    }
}
