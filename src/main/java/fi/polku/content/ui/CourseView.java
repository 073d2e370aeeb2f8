package fi.polku.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.polku.content.CourseCatalog;
import fi.polku.content.CourseSummary;
import fi.polku.content.LessonSummary;
import fi.polku.content.PartSummary;
import jakarta.annotation.security.PermitAll;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A course's parts and lessons in order, with the time each takes. */
@Route("courses/:courseId")
@PermitAll
class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final List<ContentViewExtension> extensions;
    private String title = "";
    private Set<String> done = Set.of();

    CourseView(CourseCatalog catalog, List<ContentViewExtension> extensions) {
        this.catalog = catalog;
        this.extensions = extensions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        CourseSummary course = catalog.course(courseId, getLocale()).orElseThrow(NotFoundException::new);
        title = course.title();
        removeAll();
        Anchor back = new Anchor("courses", getTranslation("course.all-courses"));
        back.addClassName("breadcrumb");
        Paragraph facts = new Paragraph(course.organisation() + " · " + Format.workload(this, course));
        facts.addClassName("muted");
        add(back, new H1(course.title()), facts, new Paragraph(course.description()));
        extensions.forEach(x -> x.courseHeader(course).forEach(this::add));
        done = new HashSet<>();
        extensions.forEach(x -> done.addAll(x.doneLessons(course.id())));
        int number = 1;
        for (PartSummary part : course.parts()) {
            add(part(course, part, number++));
        }
    }

    private Div part(CourseSummary course, PartSummary part, int number) {
        Div section = new Div();
        section.addClassName("course-part");
        Span time = new Span(Format.minutes(this, part.estimatedMinutes()));
        time.addClassName("muted");
        H2 heading = new H2(getTranslation("course.part", number, part.title()));
        OrderedList lessons = new OrderedList();
        lessons.addClassName("lesson-list");
        for (LessonSummary lesson : part.lessons()) {
            lessons.add(lessonItem(course, lesson));
        }
        section.add(heading, time, lessons);
        return section;
    }

    private ListItem lessonItem(CourseSummary course, LessonSummary lesson) {
        ListItem item = new ListItem();
        item.addClassName("lesson-item");
        if (lesson.broken()) {
            Span name = new Span(lesson.title());
            Span marker = new Span(getTranslation("course.lesson-broken"));
            marker.addClassName("badge-error");
            item.add(name, marker);
            return item;
        }
        Anchor link = new Anchor("courses/" + course.id() + "/" + lesson.id(), lesson.title());
        Span type = new Span(getTranslation("lesson.type." + lesson.type().key()));
        type.addClassName("badge");
        Span time = new Span(lesson.estimatedMinutes() > 0 ? Format.minutes(this, lesson.estimatedMinutes()) : "");
        time.addClassName("muted");
        if (done.contains(lesson.id())) {
            Span tick = new Span("✓");
            tick.addClassName("done-tick");
            tick.getElement().setAttribute("aria-label", getTranslation("lesson.done"));
            item.add(tick);
        }
        item.add(link, type, time);
        if (!lesson.required()) {
            Span optional = new Span(getTranslation("lesson.optional"));
            optional.addClassName("badge");
            item.add(optional);
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return title + " · Polku";
    }
}
