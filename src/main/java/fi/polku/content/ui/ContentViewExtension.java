package fi.polku.content.ui;

import com.vaadin.flow.component.Component;
import fi.polku.content.CourseSummary;
import fi.polku.content.LessonPage;

import java.util.List;
import java.util.Set;

/**
 * Lets a module that knows about learners (enrolment, progress, forms) add to the content pages
 * without the content module depending on it: beans of this type are asked while a page is built.
 */
public interface ContentViewExtension {

    /** Shown at the bottom of a course's card in the catalogue. */
    default List<Component> catalogCard(CourseSummary course) {
        return List.of();
    }

    /** Shown at the top of the course page, under its description. */
    default List<Component> courseHeader(CourseSummary course) {
        return List.of();
    }

    /** Lesson ids to tick as done on the course page. */
    default Set<String> doneLessons(String courseId) {
        return Set.of();
    }

    /** Shown under the lesson's text and details (a form, a "mark as done" button …). */
    default List<Component> lessonPanels(LessonPage page) {
        return List.of();
    }
}
