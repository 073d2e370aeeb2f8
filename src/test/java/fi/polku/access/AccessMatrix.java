package fi.polku.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The expected allow/deny table, read from {@code security/access-matrix.csv} (one line a resource). */
final class AccessMatrix {

    enum Viewpoint { ANONYMOUS, LEARNER, OTHER_LEARNER, FACILITATOR, OTHER_FACILITATOR, ADMIN }

    enum Outcome { OK, REFUSED, HOME, LOGIN, DENIED }

    /** One line: {@code kind} is view, GET or download; {@code key} the route template, path or file. */
    record Row(String kind, String key, Map<Viewpoint, Outcome> expected) {
        String name() {
            return kind + " " + key;
        }
    }

    private final Map<String, Row> rows;

    private AccessMatrix(Map<String, Row> rows) {
        this.rows = rows;
    }

    static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/security/access-matrix.csv")) {
            if (in == null) {
                throw new IllegalStateException("security/access-matrix.csv is missing from the test resources");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            List<Viewpoint> columns = Arrays.stream(lines.getFirst().split(",")).skip(1)
                    .map(c -> Viewpoint.valueOf(c.strip().toUpperCase(Locale.ROOT).replace('-', '_'))).toList();
            Map<String, Row> rows = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                Row row = parse(line, columns);
                if (rows.put(row.name(), row) != null) {
                    throw new IllegalStateException("Two rows for " + row.name());
                }
            }
            return new AccessMatrix(rows);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Row parse(String line, List<Viewpoint> columns) {
        // a route template may itself hold commas ({2,3}), so the outcomes are the last columns
        String[] cells = line.split(",");
        int first = cells.length - columns.size();
        String resource = String.join(",", Arrays.copyOfRange(cells, 0, first)).strip();
        int space = resource.indexOf(' ');
        String kind = space < 0 ? resource : resource.substring(0, space);
        String key = space < 0 ? "" : resource.substring(space + 1).strip();
        Map<Viewpoint, Outcome> expected = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            expected.put(columns.get(i), Outcome.valueOf(cells[first + i].strip().toUpperCase(Locale.ROOT)));
        }
        return new Row(kind, key, expected);
    }

    List<Row> rows() {
        return List.copyOf(rows.values());
    }

    /** Every row's name ({@code kind key}) whose kind is one of these. */
    Set<String> names(Set<String> kinds) {
        return rows.values().stream().filter(r -> kinds.contains(r.kind())).map(Row::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Names both ways: what runs without a row, and rows that match nothing that runs. */
    static List<String> differences(Set<String> discovered, Set<String> inTable) {
        List<String> problems = new java.util.ArrayList<>();
        discovered.stream().filter(d -> !inTable.contains(d)).sorted()
                .forEach(d -> problems.add("no row in access-matrix.csv for: " + d));
        inTable.stream().filter(t -> !discovered.contains(t)).sorted()
                .forEach(t -> problems.add("row in access-matrix.csv matches nothing in the application: " + t));
        return problems;
    }
}
