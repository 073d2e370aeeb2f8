package fi.polku.content.internal;

import fi.polku.content.ContentProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Validation warns authors about what screen-reader users would miss, and still shows the lesson. */
class AccessibleContentTest {

    @TempDir
    Path root;

    private List<String> problemsOf(String body) throws IOException {
        Path course = Files.createDirectories(root.resolve("course"));
        Files.writeString(course.resolve("course.yml"), """
                id: course
                title: {en: A course}
                parts:
                  - id: only
                    title: {en: Only part}
                    lessons: [pictures]
                """);
        Files.createDirectories(course.resolve("images"));
        Files.writeString(course.resolve("images/chart.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Files.writeString(course.resolve("01-pictures.md"), """
                ---
                id: pictures
                title: Kuvat ja kaaviot
                type: reading
                ---
                """ + body);
        return ContentLoaderTest.service(root).currentProblems().stream().map(ContentProblem::toString).toList();
    }

    @Test
    void warnsWithFileAndLineAboutAMarkdownImageWithoutAltText() throws IOException {
        List<String> problems = problemsOf("""
                Intro.

                ![](images/chart.svg)

                ![ ](images/chart.svg)
                """);

        assertThat(problems).containsExactly(
                "course/01-pictures.md:8: warning: image 'images/chart.svg' has no alt text"
                        + " (write ![what it shows](images/chart.svg))",
                "course/01-pictures.md:10: warning: image 'images/chart.svg' has no alt text"
                        + " (write ![what it shows](images/chart.svg))");
    }

    @Test
    void warnsAboutAnHtmlImageWithoutAltButAcceptsADecorativeOne() throws IOException {
        List<String> problems = problemsOf("""
                <img src="images/chart.svg">

                Text <img src="images/chart.svg" alt=""> and more.
                """);

        assertThat(problems).containsExactly(
                "course/01-pictures.md:6: warning: image <img src=\"images/chart.svg\"> has no alt text"
                        + " (add alt=\"what it shows\")");
    }

    @Test
    void describedImagesRaiseNoWarningAndTheLessonStillRenders() throws IOException {
        List<String> problems = problemsOf("""
                ![Pylväskaavio: 80 % opettajista käyttää ä- ja ö-kirjaimia](images/chart.svg)
                """);

        assertThat(problems).isEmpty();
        assertThat(ContentLoaderTest.service(root).lesson("course", "pictures", Locale.ENGLISH).orElseThrow().html())
                .contains("alt=\"Pylväskaavio: 80 % opettajista käyttää ä- ja ö-kirjaimia\"");
    }
}
