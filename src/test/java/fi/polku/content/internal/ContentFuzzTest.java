package fi.polku.content.internal;

import fi.polku.content.ContentProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Broken, hostile and randomly mutated course files: each must end as a problem naming its file
 * and line, or as a rendered page, within a time box; never as an exception, a stack overflow or a hang.
 */
class ContentFuzzTest {

    /** Per file: generous for a shared 2-core machine, yet far below what a YAML bomb or a hang would take. */
    static final Duration BOX = Duration.ofSeconds(30);
    static final String LESSON = "fuzz/01-lesson.md";
    static final String COURSE_YML = """
            id: fuzz
            default_language: en
            title: {en: Fuzz}
            parts:
              - id: only
                title: {en: Only}
                lessons: [lesson]
            """;
    static final String FRONT = "---\nid: lesson\ntitle: Lesson\ntype: reading\n---\n";

    @TempDir Path root;

    /** The messages of the lesson file's problems in the last {@link #survives} run. */
    List<String> lastMessages = List.of();
    long slowestMillis;

    @Test
    void brokenAndHostileLessonsEndAsProblemsWithFileAndLineOrAsPages() throws IOException {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("unclosed quote", text("---\nid: lesson\ntitle: \"Avoin lainaus\ntype: reading\n---\nx\n"));
        cases.put("tabs", text("---\nid: lesson\n\ttitle: Sarkain\ntype:\treading\n---\nx\n"));
        cases.put("duplicate keys", text("---\nid: lesson\nid: toinen\ntitle: T\ntype: reading\n---\nx\n"));
        cases.put("billion laughs", text("---\n" + billionLaughs() + "id: lesson\ntitle: T\ntype: reading\n---\nx\n"));
        cases.put("deep flow nesting", text("---\nid: lesson\ntitle: " + "[".repeat(10_000) + "\ntype: reading\n---\n"));
        cases.put("deep block nesting", text("---\nid: lesson\ntitle: T\ntype: reading\nx:\n" + deepBlockYaml(2_000) + "---\n"));
        cases.put("huge front matter value", text("---\nid: lesson\ntitle: " + "a".repeat(6_000_000) + "\ntype: reading\n---\n"));
        cases.put("front matter just under the limit", text("---\nid: lesson\ntitle: T\ntype: reading\nx: "
                + "ä".repeat(500_000) + "\n---\n"));
        cases.put("20 MB lesson", text(FRONT + "Pitkä rivi täynnä tekstiä. ".repeat(800_000)));
        cases.put("100k lines", text(FRONT + "- rivi\n".repeat(100_000)));
        cases.put("10k nested quotes", text(FRONT + "> ".repeat(10_000) + "syvällä\n"));
        cases.put("10k nested lists", text(FRONT + "- ".repeat(10_000) + "syvällä\n"));
        cases.put("10k nested list lines", text(FRONT + nestedListLines(10_000)));
        cases.put("10k nested html", text(FRONT + "<div>".repeat(10_000) + "x" + "</div>".repeat(10_000) + "\n"));
        cases.put("50k brackets", text(FRONT + "[".repeat(50_000) + "](x)\n"));
        cases.put("50k emphasis", text(FRONT + "*a _b ".repeat(50_000) + "\n"));
        cases.put("binary garbage", random(1_000_000, 7));
        cases.put("invalid UTF-8", concat(text(FRONT + "Hyvä alku "), new byte[] {(byte) 0xc3, (byte) 0x28, (byte) 0xff}));
        cases.put("BOM", text("\uFEFF" + FRONT + "# Otsikko\n"));
        cases.put("NUL and controls", text(FRONT + "a\u0000b\u0007c\u001b[31m\u202Ed\n"));
        cases.put("empty", new byte[0]);
        cases.put("only dashes", text("---\n---\n"));
        cases.put("no closing dashes", text("---\nid: lesson\n"));
        cases.put("front matter a list", text("---\n- a\n- b\n---\n"));
        cases.put("yaml tags", text("---\nid: !!java.lang.Runtime lesson\ntitle: !!binary aGVp\ntype: reading\n---\n"));

        int problems = 0;
        for (var c : cases.entrySet()) {
            problems += survives(c.getKey(), c.getValue()) ? 1 : 0;
        }
        System.out.printf("hostile lessons tried: %d, problems reported: %d, crashes: 0, slowest: %d ms of a %d s box%n",
                cases.size(), problems, slowestMillis, BOX.toSeconds());
    }

    @Test
    void brokenAndHostileCourseFilesEndAsProblemsWithFileAndLine() throws IOException {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("billion laughs", billionLaughs() + COURSE_YML);
        cases.put("deep nesting", COURSE_YML + "extra: " + "{a: ".repeat(10_000) + "\n");
        cases.put("huge", COURSE_YML + "extra: " + "b".repeat(6_000_000) + "\n");
        cases.put("tabs", COURSE_YML.replace("  ", "\t"));
        cases.put("duplicate", COURSE_YML + "id: again\n");
        for (var c : cases.entrySet()) {
            Files.createDirectories(root.resolve("fuzz"));
            Files.writeString(root.resolve("fuzz/course.yml"), c.getValue());
            List<ContentProblem> found = assertTimeoutPreemptively(BOX, () -> load(), c.getKey()).problems();
            assertThat(found).as(c.getKey()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("fuzz/course.yml");
                assertThat(p.line()).isPositive();
            });
        }
    }

    @Test
    void randomlyMutatedSampleLessonsNeverCrashTheLoader() throws IOException {
        List<byte[]> samples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content/innovative-teachers"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                samples.add(Files.readAllBytes(p));
            }
        }
        // Outside their course, the samples' links to other lessons and images are already problems:
        // a mutation counts as reported when it adds one of its own.
        List<Set<String>> baselines = new ArrayList<>();
        for (byte[] sample : samples) {
            survives("sample", sample);
            baselines.add(Set.copyOf(lastMessages));
        }
        Random random = new Random(20261126L);
        int tried = 300;
        int problems = 0;
        for (int i = 0; i < tried; i++) {
            int sample = random.nextInt(samples.size());
            survives("mutation " + i, mutate(samples.get(sample), random));
            problems += baselines.get(sample).containsAll(lastMessages) ? 0 : 1;
        }
        System.out.printf("mutations tried: %d, problems reported: %d, crashes: 0, slowest: %d ms of a %d s box%n",
                tried, problems, slowestMillis, BOX.toSeconds());
    }

    /** True when the file got a problem with its name and a line; false when it rendered. Fails otherwise. */
    private boolean survives(String name, byte[] lesson) throws IOException {
        Files.createDirectories(root.resolve("fuzz"));
        Files.writeString(root.resolve("fuzz/course.yml"), COURSE_YML);
        Files.write(root.resolve(LESSON), lesson);
        long started = System.nanoTime();
        ContentLoader.Result result = assertTimeoutPreemptively(BOX, () -> load(), name);
        slowestMillis = Math.max(slowestMillis, (System.nanoTime() - started) / 1_000_000);
        List<ContentProblem> mine = result.problems().stream().filter(p -> p.file().equals(LESSON)).toList();
        assertThat(mine).as(name).allSatisfy(p -> assertThat(p.line()).isPositive());
        boolean rendered = result.courses().get("fuzz") != null
                && !result.courses().get("fuzz").lessons().isEmpty();
        assertThat(rendered || !mine.isEmpty()).as(name + ": rendered or reported").isTrue();
        lastMessages = mine.stream().map(ContentProblem::message).toList();
        return !mine.isEmpty();
    }

    private ContentLoader.Result load() {
        return new ContentLoader(root, Set.of()).load(Map.of());
    }

    static byte[] mutate(byte[] source, Random random) {
        byte[] out = source.clone();
        String[] tokens = {"---\n", "&a ", "*a ", "\t", "[", "]", "{", "}", "'", "\"", ": ", "- ", "> ", "```",
                "<script>", "\uFEFF", "\u0000", "\u202E", "|", "!!", "%", "\n", "    ", "![", "](", "\\", "<!--"};
        int edits = 1 + random.nextInt(5);
        for (int e = 0; e < edits && out.length > 1; e++) {
            int at = random.nextInt(out.length);
            int length = Math.min(out.length - at, 1 + random.nextInt(40));
            out = switch (random.nextInt(5)) {
                case 0 -> concat(slice(out, 0, at), slice(out, at + length, out.length));
                case 1 -> concat(slice(out, 0, at + length), slice(out, at, out.length));
                case 2 -> concat(slice(out, 0, at), random(1 + random.nextInt(8), random.nextLong()), slice(out, at, out.length));
                case 3 -> concat(slice(out, 0, at), tokens[random.nextInt(tokens.length)].repeat(1 + random.nextInt(50))
                        .getBytes(StandardCharsets.UTF_8), slice(out, at, out.length));
                default -> {
                    out[at] ^= (byte) (1 << random.nextInt(8));
                    yield out;
                }
            };
        }
        return out;
    }

    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    static String deepBlockYaml(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        return yaml.toString();
    }

    static String nestedListLines(int depth) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            md.append(" ".repeat(Math.min(i * 2, 2_000))).append("- taso ").append(i).append('\n');
        }
        return md.toString();
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
