package fi.polku.content.internal;

import fi.polku.content.ContentProblem;
import fi.polku.content.LessonDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The assignment keys of issue 12 (nobody waits): defaults, switches, and mistakes named by file and line. */
class NobodyWaitsKeysTest {

    static final String RUBRIC = "rubric:\n  - id: goal\n    title: Tavoite\n    levels: [Yksi, Kaksi, Kolme, Neljä]\n";

    @TempDir
    Path dir;

    LessonDetails.Assignment load(String keys) throws IOException {
        Path course = Files.createDirectories(dir.resolve("c"));
        Files.writeString(course.resolve("course.yml"), "id: c\ntitle: C\nparts:\n  - id: p\n    title: P\n    lessons: [r]\n");
        Files.writeString(course.resolve("01-r.md"), "---\nid: r\ntitle: Raportti\ntype: assignment\n" + keys + RUBRIC
                + "---\nKirjoita raporttisi.\n");
        ContentService content = ContentLoaderTest.service(dir);
        assertThat(content.currentProblems()).isEmpty();
        return (LessonDetails.Assignment) content.lesson("c", "r", Locale.ENGLISH).orElseThrow().details();
    }

    String problem(String keys) throws IOException {
        Path course = Files.createDirectories(dir.resolve("c"));
        Files.writeString(course.resolve("course.yml"), "id: c\ntitle: C\nparts:\n  - id: p\n    title: P\n    lessons: [r]\n");
        Files.writeString(course.resolve("01-r.md"), "---\nid: r\ntitle: Raportti\ntype: assignment\n" + keys + RUBRIC
                + "---\nKirjoita.\n");
        return ContentLoaderTest.service(dir).currentProblems().stream().map(ContentProblem::toString).findFirst().orElse("");
    }

    @Test
    void everyMechanismIsOnByDefault() throws IOException {
        LessonDetails.Assignment a = load("");
        assertThat(a.nobodyWaits()).isEqualTo(new LessonDetails.NobodyWaits(true, 4, 8, 30, 3, 2));
        assertThat(a.reviewOrder()).isEqualTo(LessonDetails.ReviewOrder.FEWEST_FIRST);
    }

    @Test
    void eachMechanismCanBeSetOrSwitchedOffPerAssignment() throws IOException {
        LessonDetails.Assignment a = load("bonus_reviews: false\nescalate_after_days: 0\nfeedback_within_days: 10\n"
                + "shared_pool_below: 0\nreminders: 0\nremind_every_days: 3\nreview_order: oldest-first\n");
        assertThat(a.nobodyWaits()).isEqualTo(new LessonDetails.NobodyWaits(false, 0, 10, 0, 0, 3));
        assertThat(a.reviewOrder()).isEqualTo(LessonDetails.ReviewOrder.OLDEST_FIRST);
    }

    @Test
    void mistakesAreNamedWithTheirFileAndLine() throws IOException {
        assertThat(problem("escalate_after_days: 9\n")).isEqualTo(
                "c/01-r.md:5: 'escalate_after_days' (9) must be less than 'feedback_within_days' (8), or 0 for no escalation");
        assertThat(problem("reminders: 11\n")).isEqualTo("c/01-r.md:5: 'reminders' must be between 0 and 10, not 11");
        assertThat(problem("bonus_reviews: joskus\n")).isEqualTo("c/01-r.md:5: 'bonus_reviews' must be true or false");
        assertThat(problem("review_order: random\n"))
                .isEqualTo("c/01-r.md:5: 'review_order' must be fewest-first or oldest-first");
    }
}
