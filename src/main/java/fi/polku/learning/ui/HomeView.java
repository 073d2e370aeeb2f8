package fi.polku.learning.ui;

import fi.polku.shared.DisplayZone;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.content.CourseCatalog;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.CourseProgress;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.Plans;
import fi.polku.learning.UpcomingSession;
import fi.polku.shared.LocalFormats;
import jakarta.annotation.security.PermitAll;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The first page after signing in: my courses and next steps, upcoming sessions, trainer comments;
 * for a learner who has joined no course yet, a welcome that shows where to begin.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    final H1 greeting = new H1();
    final Div courses = new Div();

    HomeView(CurrentUser currentUser, Learning learning, Plans plans, Cohorts cohorts, CourseCatalog catalog) {
        addClassName("page");
        UserAccount me = currentUser.require();
        greeting.setText(getTranslation("home.welcome", me.displayName()));
        add(greeting);
        if (me.hasRole(Role.FACILITATOR) || me.hasRole(Role.ADMIN)) {
            add(facilitated(cohorts.mine()));
        }
        List<CourseProgress> mine = learning.myCourses();
        courses.addClassName("course-cards");
        boolean staff = me.hasRole(Role.FACILITATOR) || me.hasRole(Role.ADMIN);
        if (mine.isEmpty() && !staff) {
            add(new WelcomePanel(catalog.courses(getLocale())));
            return;
        }
        add(new H2(getTranslation("home.my-courses")));
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("home.no-courses"));
            Anchor browse = new Anchor("courses", getTranslation("home.browse"));
            browse.addClassName("button-link");
            add(empty, browse);
        } else {
            for (CourseProgress p : mine) {
                Div card = new Div(new H2(new Anchor("courses/" + p.courseId(), p.courseTitle())),
                        muted(p.cohortName()), new ProgressPanel(p, false));
                card.addClassName("course-card");
                courses.add(card);
            }
            add(courses);
            add(sessions(learning.sessions(true)));
            var comments = plans.myLatestComments(3);
            if (!comments.isEmpty()) {
                add(new H2(getTranslation("home.comments")));
                comments.forEach(c -> {
                    Div comment = new Div(muted(c.author() + " · " + format().format(c.at())), new Paragraph(c.text()));
                    comment.addClassName("trainer-comment");
                    add(comment);
                });
            }
        }
    }

    private Div facilitated(List<CohortSummary> cohorts) {
        Div box = new Div(new H2(getTranslation("home.my-cohorts")));
        if (cohorts.isEmpty()) {
            box.add(new Paragraph(getTranslation("home.no-cohorts")), new Anchor("cohorts", getTranslation("menu.cohorts")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        cohorts.forEach(c -> list.add(new ListItem(new Anchor("cohorts/" + c.id(), c.name()),
                muted(" · " + getTranslation("cohort.enrolled", c.enrolled())))));
        box.add(list);
        return box;
    }

    private Div sessions(List<UpcomingSession> upcoming) {
        Div box = new Div(new H2(getTranslation("home.sessions")));
        if (upcoming.isEmpty()) {
            box.add(new Paragraph(getTranslation("home.no-sessions")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("session-list");
        upcoming.stream().limit(3).forEach(s -> {
            Anchor ics = new Anchor("calendar/" + s.courseId() + ".ics", getTranslation("home.add-to-calendar"));
            ics.setRouterIgnore(true);
            ics.addClassName("ics-link");
            list.add(new ListItem(new Anchor("courses/" + s.courseId() + "/" + s.lessonId(), s.title()),
                    muted(" · " + format().format(s.start()) + " "), ics));
        });
        box.add(list);
        return box;
    }

    private DateTimeFormatter format() {
        return LocalFormats.dateTime(FormatStyle.MEDIUM, getLocale())
                .withZone(DisplayZone.get());
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " · Polku";
    }
}
