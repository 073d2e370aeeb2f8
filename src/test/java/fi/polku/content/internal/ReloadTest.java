package fi.polku.content.internal;

import fi.polku.content.ContentProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReloadTest {

    @TempDir
    Path dir;

    @Test
    void aReloadPicksUpEditsAndKeepsTheLastGoodVersionOfABrokenLesson() throws IOException {
        Path course = Files.createDirectories(dir.resolve("c"));
        Files.writeString(course.resolve("course.yml"), "id: c\ntitle: C\nparts:\n  - id: p\n    title: P\n    lessons: [l]\n");
        Path lesson = course.resolve("01-l.md");
        Files.writeString(lesson, "---\nid: l\ntitle: First\ntype: reading\n---\nVersion one.\n");
        ContentService content = ContentLoaderTest.service(dir);
        assertThat(content.lesson("c", "l", Locale.ENGLISH).orElseThrow().html()).contains("Version one.");

        Files.writeString(lesson, "---\nid: l\ntitle: First\ntype: reading\n---\nVersion two.\n");
        content.reload();
        assertThat(content.lesson("c", "l", Locale.ENGLISH).orElseThrow().html()).contains("Version two.");

        Files.writeString(lesson, "---\nid: l\ntitle: First\ntype: lecture\n---\nVersion three.\n");
        content.reload();
        assertThat(content.lesson("c", "l", Locale.ENGLISH).orElseThrow().html()).contains("Version two.");
        assertThat(content.currentProblems()).extracting(ContentProblem::toString)
                .containsExactly("c/01-l.md:4: unknown type 'lecture' (use reading, survey, plan, reflection, session, assignment or self-assessment)");

        Files.writeString(lesson, "---\nid: l\ntitle: First\ntype: reading\n---\nVersion four.\n");
        content.reload();
        assertThat(content.currentProblems()).isEmpty();
        assertThat(content.lesson("c", "l", Locale.ENGLISH).orElseThrow().html()).contains("Version four.");
    }

    @Test
    void renamingALessonFileKeepsItsIdAndPlace() throws IOException {
        Path course = Files.createDirectories(dir.resolve("c"));
        Files.writeString(course.resolve("course.yml"), "id: c\ntitle: C\nparts:\n  - id: p\n    title: P\n    lessons: [l]\n");
        Files.writeString(course.resolve("01-old-name.md"), "---\nid: l\ntitle: Lesson\ntype: reading\n---\nText.\n");
        ContentService content = ContentLoaderTest.service(dir);

        Files.move(course.resolve("01-old-name.md"), Files.createDirectories(course.resolve("moved")).resolve("new.md"));
        content.reload();
        assertThat(content.currentProblems()).isEmpty();
        assertThat(content.course("c", Locale.ENGLISH).orElseThrow().lessons()).extracting(l -> l.id()).containsExactly("l");
    }
}
