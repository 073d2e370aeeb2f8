package fi.polku.content;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int validate(String dir) {
        return ValidateCommand.run(Path.of(dir), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void passesTheSampleCourse() {
        assertThat(validate("content")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK: no errors");
    }

    @Test
    void printsFileLineMessageForEachProblemAndFails() {
        assertThat(validate("src/test/resources/content-broken")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).contains(
                "src/test/resources/content-broken/broken-course/03-unknown-type.md:4: unknown type 'lecture' "
                        + "(use reading, survey, plan, reflection, session, assignment or self-assessment)",
                "src/test/resources/content-broken/broken-course/course.yml:8: part 'first' lists lesson 'ghost', "
                        + "which no lesson file defines",
                "11 error(s), 0 warning(s)");
    }
}
