package fi.polku.content.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lesson page is what learners open most (issue #10): opening one, as one server round trip, runs
 * a bounded number of SQL statements. With every panel asking "who is signed in?" for itself it ran
 * 23 for a reading lesson and 41 for the project assignment (13 and 22 once the account was read once
 * per request; 12 and 17 once the learner's own reviews and sparring mates were read in one query
 * each; 7 and 12 once the account came with its roles, the progress bar's enrolment with its lessons
 * and cohort name, and a learner's place in the course with its cohort's name, one query each);
 * the bounds hold the gain.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@WithUserDetails("oskar@polku.local")
class LessonStatementsTest extends SpringBrowserlessTest {

    @Autowired EntityManagerFactory entityManagers;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aReadingLessonRunsAtMostSevenStatements() {
        assertThat(statements("innovation-education")).isLessThanOrEqualTo(7);
        assertThat(statements("digital-tools")).isLessThanOrEqualTo(7);
    }

    @Test
    void theProjectAssignmentRunsAtMostTwelve() {
        assertThat(statements("project-report")).isLessThanOrEqualTo(12);
    }

    private long statements(String lesson) {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Statistics stats = entityManagers.unwrap(SessionFactory.class).getStatistics();
        open(lesson); // once to fill what is read once per application
        stats.clear();
        open(lesson);
        long count = stats.getPrepareStatementCount();
        System.out.printf("[LessonStatementsTest] %s: %d statements%n", lesson, count);
        return count;
    }

    /** One round trip: its own HTTP request, as in the running app. */
    private void open(String lesson) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        navigate("courses/innovative-teachers/" + lesson, LessonView.class);
        RequestContextHolder.resetRequestAttributes();
    }
}
