package fi.polku.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fi.polku.content.CourseSummary;
import fi.polku.content.LessonSummary;
import fi.polku.content.LessonType;
import fi.polku.content.PartSummary;

import java.util.List;
import java.util.Optional;

/**
 * What a new learner sees on the home page until they join a course: what each course is, its
 * parts, and the first three steps. All course text comes from the catalogue, so another course
 * gets its own welcome; once the learner has joined, their course cards take this place.
 */
class WelcomePanel extends Section {

    WelcomePanel(List<CourseSummary> courses) {
        addClassName("welcome");
        add(new Paragraph(getTranslation("welcome.intro")));
        if (courses.isEmpty()) {
            add(new Paragraph(getTranslation("welcome.no-courses")));
            return;
        }
        courses.forEach(this::course);
    }

    private void course(CourseSummary course) {
        String home = "courses/" + course.id();
        add(new H2(getTranslation("welcome.course", course.title())), new Paragraph(course.description()));

        add(new H3(getTranslation("welcome.parts", course.parts().size())));
        OrderedList parts = new OrderedList();
        parts.addClassName("welcome-parts");
        for (PartSummary part : course.parts()) {
            Span title = new Span(part.title());
            title.addClassName("strong");
            Span facts = new Span(" · " + getTranslation("welcome.part-facts", part.lessons().size(),
                    Math.max(1, Math.round(part.estimatedMinutes() / 60.0))));
            facts.addClassName("muted");
            parts.add(new ListItem(title, facts));
        }
        add(parts);

        add(new H3(getTranslation("welcome.first-steps")));
        OrderedList steps = new OrderedList();
        steps.addClassName("welcome-steps");
        steps.add(new ListItem(new Anchor(home, getTranslation("welcome.step-join")),
                new Span(" " + getTranslation("welcome.step-join-help"))));
        List<LessonSummary> lessons = course.lessons();
        if (!lessons.isEmpty()) {
            LessonSummary first = lessons.getFirst();
            steps.add(new ListItem(new Span(getTranslation("welcome.step-first") + " "),
                    new Anchor(home + "/" + first.id(), first.title())));
        }
        Optional<LessonSummary> survey = lessons.stream().filter(l -> l.type() == LessonType.SURVEY).findFirst();
        survey.ifPresent(s -> steps.add(new ListItem(new Span(getTranslation("welcome.step-survey") + " "),
                new Anchor(home + "/" + s.id(), s.title()))));
        add(steps);
        Anchor start = new Anchor(home, getTranslation("welcome.start", course.title()));
        start.addClassName("button-link");
        add(start);
    }
}
