package fi.polku.content.internal;

import fi.polku.content.ContentProblem;
import fi.polku.content.CourseSummary;
import fi.polku.content.LessonDetails;
import fi.polku.content.LessonType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLoaderTest {

    static final Path BROKEN = Path.of("src/test/resources/content-broken");
    static final Path SAMPLE = Path.of("content");

    static ContentService service(Path dir) {
        return new ContentService(new ContentProperties(dir, Set.of("www.youtube-nocookie.com"), Duration.ZERO), Clock.systemUTC());
    }

    @Test
    void theSampleCourseLoadsWithoutProblemsInBothLanguages() {
        ContentService content = service(SAMPLE);
        assertThat(content.currentProblems()).isEmpty();
        CourseSummary en = content.course("innovative-teachers", Locale.ENGLISH).orElseThrow();
        CourseSummary fi = content.course("innovative-teachers", Locale.of("fi")).orElseThrow();
        assertThat(en.parts()).extracting(p -> p.title())
                .containsExactly("Development path", "Development methods", "Development project");
        assertThat(fi.parts()).extracting(p -> p.title())
                .containsExactly("Kehittämispolku", "Kehittämismenetelmät", "Kehittämishanke");
        assertThat(en.lessons()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(en.lessons()).extracting(l -> l.type())
                .contains(LessonType.SURVEY, LessonType.PLAN, LessonType.REFLECTION, LessonType.ASSIGNMENT,
                        LessonType.SELF_ASSESSMENT);
        assertThat(en.lessons().stream().filter(l -> l.type() == LessonType.SESSION)).hasSizeGreaterThanOrEqualTo(2);
        for (var lesson : en.lessons()) {
            var page = content.lesson("innovative-teachers", lesson.id(), Locale.of("fi")).orElseThrow();
            assertThat(page.fallback()).as("Finnish version of %s", lesson.id()).isFalse();
        }
    }

    @Test
    void everyProblemNamesItsFileAndLine() {
        List<String> problems = service(BROKEN).currentProblems().stream().map(ContentProblem::toString).toList();

        assertThat(problems).contains(
                "bad-yaml-course/course.yml:5: invalid YAML: expected ',' or ']', but got :",
                "broken-course/02-bad-yaml.md:3: invalid YAML: found unexpected end of stream",
                "broken-course/03-unknown-type.md:4: unknown type 'lecture' (use reading, survey, plan, reflection, session, assignment or self-assessment)",
                "broken-course/04-no-id.md:2: missing 'id'",
                "broken-course/06-twin-b.md:2: duplicate lesson id 'twin' (also in broken-course/05-twin-a.md)",
                "broken-course/07-links.md:8: broken link: 'missing.md' does not exist",
                "broken-course/07-links.md:10: broken link: 'nothing.png' does not exist",
                "broken-course/07-links.md:12: link '../good-course/course.yml' points outside the course folder (refused)",
                "broken-course/08-survey.md:11: question 'q2' has no options",
                "broken-course/09-rubric.md:2: an assignment needs a 'rubric' with criteria",
                "broken-course/course.yml:8: part 'first' lists lesson 'ghost', which no lesson file defines");
        assertThat(problems).hasSize(11);
    }

    @Test
    void aBrokenCourseDoesNotStopOtherCoursesOrItsOwnGoodLessons() {
        ContentService content = service(BROKEN);
        assertThat(content.courses(Locale.ENGLISH)).extracting(CourseSummary::id)
                .containsExactly("broken-course", "good-course");
        assertThat(content.lesson("broken-course", "fine", Locale.ENGLISH).orElseThrow().html())
                .contains("keeps working");
        assertThat(content.lesson("good-course", "intro", Locale.ENGLISH)).isPresent();
    }

    @Test
    void fallsBackToTheDefaultLanguageWithANoticeWhenATranslationIsMissing() {
        ContentService content = service(BROKEN);
        var finnish = content.lesson("good-course", "intro", Locale.of("fi")).orElseThrow();
        assertThat(finnish.fallback()).isFalse();
        assertThat(finnish.html()).contains("Äänekoski, Åbo ja öljy.");
        assertThat(finnish.lesson().title()).isEqualTo("Johdanto");

        var missing = content.lesson("good-course", "second", Locale.of("fi")).orElseThrow();
        assertThat(missing.fallback()).isTrue();
        assertThat(missing.language().getLanguage()).isEqualTo("en");
        assertThat(missing.html()).contains("Only in English.");
        assertThat(missing.details()).isInstanceOf(LessonDetails.Session.class);
    }

    @Test
    void relativeLinksPointToLessonPagesAndCourseFiles() {
        var page = service(BROKEN).lesson("good-course", "intro", Locale.ENGLISH).orElseThrow();
        assertThat(page.html())
                .contains("src=\"course-files/good-course/images/diagram.svg\"")
                .contains("href=\"courses/good-course/second\"");
        assertThat(page.next()).extracting(l -> l.id()).isEqualTo("second");
    }
}
