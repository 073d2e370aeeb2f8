package fi.polku.content.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import fi.polku.learning.Learning;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithUserDetails("oskar@polku.local")
class CourseViewTest extends SpringBrowserlessTest {

    static final String COURSE = "innovative-teachers";

    @Autowired Learning learning;
    @Autowired fi.polku.content.CourseCatalog catalog;

    @Test
    void listsEveryPartAndLessonAsLinksWithTypeAndTimeInFinnish() {
        UI.getCurrent().setLocale(Locale.of("fi"));
        navigate("courses/" + COURSE, CourseView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Innovatiiviset opettajat");
        String parts = partsHtml();
        assertThat(parts()).hasSize(3);
        assertThat(parts).contains("<h2>", "<ol class=\"lesson-list\">",
                "<a href=\"courses/innovative-teachers/needs-survey\">Tarvekartoitus</a>",
                "<span class=\"badge\">");
        int lessons = catalog.course(COURSE, Locale.of("fi")).orElseThrow().parts().stream()
                .mapToInt(p -> p.lessons().size()).sum();
        assertThat(parts.split("<li class=\"lesson-item\">")).hasSize(lessons + 1);

        String first = parts().getFirst().getElement().getProperty("innerHTML");
        navigate("courses", CatalogView.class);
        navigate("courses/" + COURSE, CourseView.class);
        assertThat(parts().getFirst().getElement().getProperty("innerHTML"))
                .as("the same part for the same progress is one string in memory, not one per page view")
                .isSameAs(first);
    }

    @Test
    void ticksTheLessonsTheLearnerHasDone() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        learning.markDone(COURSE, "welcome");
        try {
            navigate("courses/" + COURSE, CourseView.class);
            assertThat(partsHtml()).containsOnlyOnce("done-tick")
                    .contains("<span class=\"done-tick\" aria-label=\"");
            String welcome = partsHtml().substring(partsHtml().indexOf("done-tick"));
            assertThat(welcome.substring(0, welcome.indexOf("</a>"))).contains("courses/innovative-teachers/welcome\"");
        } finally {
            learning.undo(COURSE, "welcome");
        }
    }

    private String partsHtml() {
        return parts().stream().map(d -> d.getElement().getProperty("innerHTML")).collect(Collectors.joining("\n"));
    }

    private java.util.List<Div> parts() {
        return find(Div.class).all().stream().filter(d -> d.hasClassName("course-part")).toList();
    }
}
