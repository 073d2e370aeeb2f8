package fi.polku.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import org.springframework.web.util.HtmlUtils;

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

    /**
     * One part as one element whose content is set as HTML, rather than a component per lesson: the
     * page is read, not edited, and a tree of ~300 components per open course page was the largest
     * part of an idle learner's session (decision 021). Same markup and classes as the components made.
     * The text is interned: learners who have done the same lessons of a part share one copy.
     */
    private Div part(CourseSummary course, PartSummary part, int number) {
        StringBuilder html = new StringBuilder("<h2>")
                .append(escape(getTranslation("course.part", number, part.title())))
                .append("</h2><span class=\"muted\">").append(escape(Format.minutes(this, part.estimatedMinutes())))
                .append("</span><ol class=\"lesson-list\">");
        for (LessonSummary lesson : part.lessons()) {
            lessonItem(html, course, lesson);
        }
        Div section = new Div();
        section.addClassName("course-part");
        section.getElement().setProperty("innerHTML", html.append("</ol>").toString().intern());
        return section;
    }

    private void lessonItem(StringBuilder html, CourseSummary course, LessonSummary lesson) {
        html.append("<li class=\"lesson-item\">");
        if (lesson.broken()) {
            html.append("<span>").append(escape(lesson.title())).append("</span><span class=\"badge-error\">")
                    .append(escape(getTranslation("course.lesson-broken"))).append("</span></li>");
            return;
        }
        if (done.contains(lesson.id())) {
            html.append("<span class=\"done-tick\" aria-label=\"").append(escape(getTranslation("lesson.done")))
                    .append("\">✓</span>");
        }
        html.append("<a href=\"").append(escape("courses/" + course.id() + "/" + lesson.id())).append("\">")
                .append(escape(lesson.title())).append("</a>")
                .append("<span class=\"badge\">").append(escape(getTranslation("lesson.type." + lesson.type().key())))
                .append("</span><span class=\"muted\">")
                .append(lesson.estimatedMinutes() > 0 ? escape(Format.minutes(this, lesson.estimatedMinutes())) : "")
                .append("</span>");
        if (!lesson.required()) {
            html.append("<span class=\"badge\">").append(escape(getTranslation("lesson.optional"))).append("</span>");
        }
        html.append("</li>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    @Override
    public String getPageTitle() {
        return title + " · Polku";
    }
}
