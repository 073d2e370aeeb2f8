package fi.polku.learning.internal;

import fi.polku.content.CourseSummary;
import fi.polku.content.LessonSummary;
import fi.polku.content.LessonType;
import fi.polku.content.PartSummary;
import fi.polku.learning.CourseProgress.PartProgress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of progress and completion, as plain functions over the course as it is now: a
 * lesson removed from the course no longer counts, and optional lessons never count.
 */
final class ProgressRules {

    private ProgressRules() {
    }

    static List<PartProgress> parts(CourseSummary course, Set<String> done) {
        List<PartProgress> parts = new ArrayList<>();
        for (PartSummary part : course.parts()) {
            List<LessonSummary> required = part.lessons().stream().filter(LessonSummary::required).toList();
            int finished = (int) required.stream().filter(l -> done.contains(l.id())).count();
            parts.add(new PartProgress(part.id(), part.title(), finished, required.size(), percent(finished, required.size())));
        }
        return parts;
    }

    static int coursePercent(CourseSummary course, Set<String> done) {
        List<LessonSummary> required = required(course);
        return percent((int) required.stream().filter(l -> done.contains(l.id())).count(), required.size());
    }

    static List<LessonSummary> requiredLeft(CourseSummary course, Set<String> done) {
        return required(course).stream().filter(l -> !done.contains(l.id())).toList();
    }

    /**
     * @param assessed whether the learner's assignment has been assessed (asked only when the rule needs it)
     */
    static boolean isComplete(CourseSummary course, Set<String> done, boolean assessed) {
        var rule = course.completion();
        boolean lessons = !rule.allRequiredLessons() || requiredLeft(course, done).isEmpty();
        boolean hasAssignment = course.lessons().stream().anyMatch(l -> l.type() == LessonType.ASSIGNMENT);
        return lessons && (!rule.assignmentAssessed() || !hasAssignment || assessed) && !required(course).isEmpty();
    }

    private static List<LessonSummary> required(CourseSummary course) {
        return course.lessons().stream().filter(LessonSummary::required).filter(l -> !l.broken()).toList();
    }

    static int percent(int done, int total) {
        return total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
    }
}
