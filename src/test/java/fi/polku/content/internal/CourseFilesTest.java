package fi.polku.content.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing outside a course folder can ever be served, nor the course's own source files. */
class CourseFilesTest {

    private final ContentService content = ContentLoaderTest.service(ContentLoaderTest.BROKEN);

    @Test
    void servesAFileInsideTheCourseFolder() {
        assertThat(content.courseFile("good-course", "images/diagram.svg")).isPresent();
    }

    @Test
    void refusesEveryWayOut() {
        assertThat(content.courseFile("good-course", "../broken-course/01-fine.md")).isEmpty();
        assertThat(content.courseFile("good-course", "images/../../bad-yaml-course/course.yml")).isEmpty();
        assertThat(content.courseFile("good-course", "/etc/passwd")).isEmpty();
        assertThat(content.courseFile("good-course", "..\\..\\etc\\passwd")).isEmpty();
        assertThat(content.courseFile("good-course", "images/diagram.svg\0.png")).isEmpty();
        assertThat(content.courseFile("no-such-course", "images/diagram.svg")).isEmpty();
    }

    @Test
    void refusesLessonSourcesAndCourseYml() {
        assertThat(content.courseFile("good-course", "01-intro.md")).isEmpty();
        assertThat(content.courseFile("good-course", "course.yml")).isEmpty();
    }
}
