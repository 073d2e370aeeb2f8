package fi.polku.learning.internal;

import fi.polku.content.CourseSummary;
import fi.polku.content.CourseSummary.CompletionRule;
import fi.polku.content.LessonSummary;
import fi.polku.content.LessonType;
import fi.polku.content.PartSummary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressRulesTest {

    private static LessonSummary lesson(String id, LessonType type, boolean required) {
        return new LessonSummary(id, id, type, 10, required, false);
    }

    private static CourseSummary course(CompletionRule rule, List<LessonSummary> one, List<LessonSummary> two) {
        return new CourseSummary("c", "C", "", "", List.of(Locale.ENGLISH), null, null, "", rule,
                List.of(new PartSummary("one", "One", one), new PartSummary("two", "Two", two)));
    }

    private final CourseSummary course = course(new CompletionRule(true, false),
            List.of(lesson("a", LessonType.READING, true), lesson("b", LessonType.READING, false),
                    lesson("c", LessonType.REFLECTION, true)),
            List.of(lesson("d", LessonType.PLAN, true), lesson("e", LessonType.ASSIGNMENT, true)));

    @Test
    void optionalLessonsNeitherCountNorBlockCompletion() {
        assertThat(ProgressRules.parts(course, Set.of("a", "b"))).extracting(p -> p.percent()).containsExactly(50, 0);
        assertThat(ProgressRules.isComplete(course, Set.of("a", "c", "d", "e"), false)).isTrue();
    }

    @Test
    void completesOnlyWhenEveryRequiredLessonIsDone() {
        assertThat(ProgressRules.isComplete(course, Set.of("a", "b", "c", "d"), true)).isFalse();
        assertThat(ProgressRules.requiredLeft(course, Set.of("a", "b", "c", "d"))).extracting(LessonSummary::id)
                .containsExactly("e");
        assertThat(ProgressRules.coursePercent(course, Set.of("a", "b", "c", "d"))).isEqualTo(75);
    }

    @Test
    void anAssessedAssignmentIsNeededWhenTheRuleSaysSo() {
        CourseSummary strict = course(new CompletionRule(true, true), course.parts().get(0).lessons(),
                course.parts().get(1).lessons());
        Set<String> all = Set.of("a", "c", "d", "e");
        assertThat(ProgressRules.isComplete(strict, all, false)).isFalse();
        assertThat(ProgressRules.isComplete(strict, all, true)).isTrue();
    }

    @Test
    void aLessonRemovedFromTheCourseNoLongerCounts() {
        Set<String> doneWithStale = Set.of("a", "c", "d", "e", "removed-lesson");
        assertThat(ProgressRules.coursePercent(course, doneWithStale)).isEqualTo(100);
        CourseSummary grown = course(new CompletionRule(true, false), course.parts().get(0).lessons(),
                List.of(lesson("d", LessonType.PLAN, true), lesson("e", LessonType.ASSIGNMENT, true),
                        lesson("new", LessonType.READING, true)));
        assertThat(ProgressRules.isComplete(grown, doneWithStale, false)).isFalse();
        assertThat(ProgressRules.coursePercent(grown, doneWithStale)).isEqualTo(80);
    }

    @Test
    void aCourseWithoutRequiredLessonsIsNeverCompletedByAccident() {
        CourseSummary empty = course(new CompletionRule(true, false), List.of(lesson("x", LessonType.READING, false)),
                List.of());
        assertThat(ProgressRules.isComplete(empty, Set.of("x"), false)).isFalse();
        assertThat(ProgressRules.coursePercent(empty, Set.of("x"))).isZero();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(CohortDashboard.median(new int[] {10, 20, 40, 90})).isEqualTo(30.0);
        assertThat(CohortDashboard.median(new int[] {10, 20, 40})).isEqualTo(20.0);
        assertThat(CohortDashboard.median(new int[] {})).isZero();
    }
}
