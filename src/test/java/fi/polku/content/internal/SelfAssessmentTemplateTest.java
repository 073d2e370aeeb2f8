package fi.polku.content.internal;

import fi.polku.content.ContentProblem;
import fi.polku.content.LessonDetails.SelfAssessment;
import fi.polku.content.LessonType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The self-assessment lesson type: its spelling, its template, and problems named by file and line. */
class SelfAssessmentTemplateTest {

    static final String GOOD = """
            ---
            id: school-check
            title: Koulun itsearviointi
            type: self-assessment
            areas:
              - id: vision
                title: Visio ja johtaminen
                statements:
                  - id: shared-vision
                    text: Meillä on yhteinen näkemys – ääkköset å, ä ja ö säilyvät.
                  - id: leaders
                    text: Johto kannustaa kokeilemaan.
              - id: support
                title: Tuki
                statements:
                  - {id: devices, text: Laitteet toimivat.}
            ---
            Body.
            """;

    static LessonDefinition parse(String source) {
        return LessonDefinition.parse(Path.of("l.md"), "c/l.md", "fi", source, ZoneId.of("Europe/Helsinki"));
    }

    static SelfAssessment template(String source) {
        return (SelfAssessment) parse(source).details();
    }

    static String problemIn(String source) {
        try {
            parse(source);
        } catch (ContentParseException e) {
            return e.toProblem().toString();
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void theTypeIsSpelledWithAHyphenAndTheOthersKeepTheirNames() {
        assertThat(LessonType.SELF_ASSESSMENT.key()).isEqualTo("self-assessment");
        assertThat(LessonType.parse("self-assessment")).contains(LessonType.SELF_ASSESSMENT);
        assertThat(LessonType.parse("self_assessment")).isEmpty();
        assertThat(LessonType.parse("reading")).contains(LessonType.READING);
        assertThat(LessonType.ASSIGNMENT.key()).isEqualTo("assignment");
    }

    @Test
    void readsAreasAndStatementsInOrderKeepingFinnishLettersAndLeavesMissingScaleLabelsToThePage() {
        SelfAssessment t = template(GOOD);
        assertThat(parse(GOOD).type()).isEqualTo(LessonType.SELF_ASSESSMENT);
        assertThat(t.areas()).extracting(a -> a.title()).containsExactly("Visio ja johtaminen", "Tuki");
        assertThat(t.areas().getFirst().statements().getFirst().text())
                .isEqualTo("Meillä on yhteinen näkemys – ääkköset å, ä ja ö säilyvät.");
        assertThat(t.statementIds()).containsExactly("shared-vision", "leaders", "devices");
        assertThat(t.lowLabel()).isNull();
        assertThat(t.highLabel()).isNull();
    }

    @Test
    void readsTheScaleLabels() {
        SelfAssessment t = template(GOOD.replace("areas:", "scale:\n  low: Ei lainkaan\n  high: Täysin\nareas:"));
        assertThat(t.lowLabel()).isEqualTo("Ei lainkaan");
        assertThat(t.highLabel()).isEqualTo("Täysin");
    }

    @Test
    void namesTheLineOfEachMistake() {
        assertThat(problemIn("---\nid: x\ntitle: X\ntype: self-assessment\n---\n"))
                .isEqualTo("c/l.md:2: a self-assessment needs 'areas', each with 'statements'");
        assertThat(problemIn(GOOD.replace("id: support", "id: vision")))
                .isEqualTo("c/l.md:13: area id 'vision' appears twice");
        assertThat(problemIn(GOOD.replace("id: devices", "id: leaders")))
                .isEqualTo("c/l.md:16: statement id 'leaders' appears twice");
        assertThat(problemIn(GOOD.replace("text: Johto kannustaa kokeilemaan.", "text: \"  \"")))
                .isEqualTo("c/l.md:12: statement 'leaders' has no text");
        assertThat(problemIn(GOOD.replace("    statements:\n      - {id: devices, text: Laitteet toimivat.}",
                "    statements: []")))
                .isEqualTo("c/l.md:15: area 'support' needs 'statements'");
        assertThat(problemIn(GOOD.replace("id: leaders", "id: Johto!")))
                .startsWith("c/l.md:11: statement id 'Johto!' may only have lowercase letters, digits and '-'");
        assertThat(problemIn(GOOD.replace("type: self-assessment", "type: self_assessment")))
                .isEqualTo("c/l.md:4: unknown type 'self_assessment' (use reading, survey, plan, reflection, "
                        + "session, assignment or self-assessment)");
    }

    @Test
    void aTranslationMustKeepTheIdsAnswersAreStoredAgainst(@TempDir Path dir) throws IOException {
        Path course = Files.createDirectories(dir.resolve("c"));
        Files.writeString(course.resolve("course.yml"), """
                id: c
                default_language: en
                languages: [en, fi]
                title: C
                parts:
                  - id: p
                    title: P
                    lessons: [school-check]
                """);
        Files.writeString(course.resolve("l.md"), GOOD);
        Files.writeString(course.resolve("l.fi.md"), GOOD.replace("id: devices", "id: laitteet"));
        assertThat(ContentLoader.validate(dir)).extracting(ContentProblem::toString)
                .containsExactly("c/l.fi.md:2: area and statement ids differ from those in c/l.md (answers are kept by id)");

        Files.writeString(course.resolve("l.fi.md"), GOOD);
        assertThat(ContentLoader.validate(dir)).isEmpty();
        assertThat(ContentLoaderTest.service(dir).lesson("c", "school-check", Locale.of("fi")).orElseThrow().details())
                .isInstanceOf(SelfAssessment.class);
    }
}
