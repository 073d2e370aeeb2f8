package fi.polku.durability;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations are forward-only: no undo scripts, every file a versioned one with its own version,
 * and no released file ever edited (an installation that already ran it would fail Flyway's
 * checksum validation on start, or silently miss the change).
 */
class MigrationFilesTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path RELEASED = Path.of("src/test/resources/db/released-migrations.txt");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[a-z0-9_]+\\.sql");

    @Test
    void onlyVersionedMigrationsAndNoUndoScripts() throws IOException {
        for (String name : names()) {
            assertThat(name).as("undo scripts are not allowed: fix forward").doesNotStartWith("U");
            assertThat(name).as("repeatable migrations would re-run on every change").doesNotStartWith("R__");
            assertThat(VERSIONED.matcher(name).matches()).as(name + " is not V<version>__<words>.sql").isTrue();
        }
    }

    @Test
    void versionsAreDistinctAndOrdered() throws IOException {
        List<List<Integer>> versions = new ArrayList<>();
        for (String name : names()) {
            Matcher m = VERSIONED.matcher(name);
            assertThat(m.matches()).isTrue();
            versions.add(Stream.of(m.group(1).split("[._]")).map(Integer::valueOf).toList());
        }
        versions.sort(MigrationFilesTest::compare);
        for (int i = 1; i < versions.size(); i++) {
            assertThat(compare(versions.get(i - 1), versions.get(i)))
                    .as("two migrations share version " + versions.get(i)).isNegative();
        }
    }

    @Test
    void releasedMigrationsAreUnchanged() throws Exception {
        List<String> lines = Files.readAllLines(RELEASED).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(11);
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            Path file = MIGRATIONS.resolve(parts[1]);
            assertThat(file).as("released migration " + parts[1] + " was removed or renamed").exists();
            assertThat(sha256(file)).as(parts[1] + " was changed after its release: add a new migration instead")
                    .isEqualTo(parts[0]);
        }
    }

    static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
