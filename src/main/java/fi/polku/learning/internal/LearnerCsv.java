package fi.polku.learning.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the list of learners a facilitator uploads, as written by Excel or by hand. Bad rows are
 * reported by the line the facilitator sees in their editor and the good rows are kept, so one
 * typo does not block a whole cohort.
 */
public final class LearnerCsv {

    public record Row(int line, String name, String email, @Nullable String school) {
    }

    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    public record Result(List<Row> rows, List<Problem> problems) {
        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    private static final Set<String> NAME = Set.of("name", "nimi");
    private static final Set<String> EMAIL = Set.of("email", "sähköposti", "sahkoposti");
    private static final Set<String> SCHOOL = Set.of("school", "koulu");
    // Deliberately loose: the invitation email is the real check; this only catches slips.
    private static final Pattern VALID_EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private LearnerCsv() {
    }

    public static Result parse(Reader reader) {
        String text = stripBom(readAll(reader));
        SourceLines lines = new SourceLines(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(true)
                .get();
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int readUpTo = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            @Nullable Columns columns = null;
            Map<String, Integer> firstLineOfEmail = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                readUpTo = (int) parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (columns == null) {
                    columns = Columns.of(record);
                    String missing = columns.missing();
                    if (missing != null) {
                        return new Result(List.of(), List.of(new Problem(line, missing)));
                    }
                    continue;
                }
                readRow(record, line, columns, firstLineOfEmail, rows, problems);
            }
            if (columns == null) {
                problems.add(new Problem(1, "the file is empty; expected a header row with name and email"));
            }
        } catch (IOException | UncheckedIOException malformed) {
            // The rows before the broken one are still good to import.
            problems.add(new Problem(lines.lineAt(lines.startOf(readUpTo + 1)),
                    "the file cannot be read as CSV from this line on; is a quote (\") left unclosed?"));
        }
        return new Result(rows, problems);
    }

    private static void readRow(CSVRecord record, int line, Columns columns, Map<String, Integer> firstLineOfEmail,
            List<Row> rows, List<Problem> problems) {
        String name = value(record, columns.name());
        String email = value(record, columns.email()).toLowerCase(Locale.ROOT);
        String school = columns.school() < 0 ? "" : value(record, columns.school());
        List<String> faults = new ArrayList<>();
        if (name.isEmpty()) {
            faults.add(email.isEmpty() ? "the name is empty" : "the name is empty for '" + email + "'");
        }
        if (email.isEmpty()) {
            faults.add(name.isEmpty() ? "the email is empty" : "the email is empty for '" + name + "'");
        } else if (!VALID_EMAIL.matcher(email).matches()) {
            faults.add("'" + email + "' is not a valid email address");
        } else if (firstLineOfEmail.containsKey(email)) {
            faults.add("'" + email + "' is already on line " + firstLineOfEmail.get(email));
        }
        if (!faults.isEmpty()) {
            problems.add(new Problem(line, String.join("; ", faults)));
            return;
        }
        firstLineOfEmail.put(email, line);
        rows.add(new Row(line, name, email, school.isEmpty() ? null : school));
    }

    /** Where each column sits; a required one left at -1 is named in {@link #missing()}. */
    private record Columns(int name, int email, int school) {

        static Columns of(CSVRecord header) {
            int name = -1;
            int email = -1;
            int school = -1;
            for (int i = 0; i < header.size(); i++) {
                String title = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (NAME.contains(title) && name < 0) {
                    name = i;
                } else if (EMAIL.contains(title) && email < 0) {
                    email = i;
                } else if (SCHOOL.contains(title) && school < 0) {
                    school = i;
                }
            }
            return new Columns(name, email, school);
        }

        @Nullable String missing() {
            List<String> absent = new ArrayList<>();
            if (name < 0) {
                absent.add("'name' (or 'nimi')");
            }
            if (email < 0) {
                absent.add("'email' (or 'sähköposti')");
            }
            return absent.isEmpty() ? null : "the header row has no " + String.join(" and no ", absent) + " column";
        }
    }

    private static String value(CSVRecord record, int column) {
        return column < record.size() ? record.get(column).strip() : "";
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** Finnish Excel saves with semicolons, because the comma is the decimal separator there. */
    private static char delimiterOf(String text) {
        String header = text.strip().lines().findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Excel puts a byte order mark before the first header, which would hide the column name. */
    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String readAll(Reader reader) {
        try {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
