package fi.polku.learning.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the facilitator's cohort table as a CSV file that Excel opens correctly in Finland and elsewhere. */
public final class CohortCsvExport {

    public record Line(String name, String email, List<Integer> partPercents, int coursePercent,
            @Nullable Instant lastActivity, String planStatus, @Nullable String theme,
            int sessionsAttended, boolean inactive, boolean behind) {

        public Line {
            partPercents = List.copyOf(partPercents);
        }
    }

    private record Texts(String name, String email, String course, String lastActivity, String plan, String theme,
            String sessions, String inactive, String behind, String yes, String no) {
    }

    private static final Texts ENGLISH = new Texts("Name", "Email", "Course %", "Last activity", "Plan", "Theme",
            "Sessions attended", "Inactive 14 days", "Behind median", "yes", "no");
    private static final Texts FINNISH = new Texts("Nimi", "Sähköposti", "Kurssi %", "Viimeksi aktiivinen",
            "Suunnitelma", "Teema", "Osallistunut tapaamisiin", "Ei aktiivisuutta 14 päivään",
            "Jäljessä mediaanista", "kyllä", "ei");
    private static final Texts SWEDISH = new Texts("Namn", "E-post", "Kurs %", "Senaste aktivitet", "Plan", "Tema",
            "Deltagit i träffar", "Ingen aktivitet på 14 dagar", "Efter medianen", "ja", "nej");

    /** Without it Excel reads the file in the system's legacy code page and garbles ä, ö and å. */
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CohortCsvExport() {
    }

    public static byte[] write(List<String> partTitles, List<Line> lines, Locale locale, ZoneId zone) {
        Texts texts = switch (locale.getLanguage()) {
            case "fi" -> FINNISH;
            case "sv" -> SWEDISH;
            default -> ENGLISH;
        };
        // Finnish and Swedish Excel split columns on semicolons only, as the comma is their decimal separator.
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(texts == ENGLISH ? ',' : ';').get();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(header(partTitles, texts));
            for (Line line : lines) {
                if (line.partPercents().size() != partTitles.size()) {
                    throw new IllegalArgumentException("'" + line.email() + "' has " + line.partPercents().size()
                            + " part percentages for " + partTitles.size() + " parts");
                }
                printer.printRecord(row(line, texts, zone));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> header(List<String> partTitles, Texts texts) {
        List<String> header = new ArrayList<>(List.of(texts.name(), texts.email()));
        partTitles.forEach(title -> header.add(cell(title) + " %"));
        header.addAll(List.of(texts.course(), texts.lastActivity(), texts.plan(), texts.theme(), texts.sessions(),
                texts.inactive(), texts.behind()));
        return header;
    }

    private static List<Object> row(Line line, Texts texts, ZoneId zone) {
        List<Object> row = new ArrayList<>(List.of(cell(line.name()), cell(line.email())));
        row.addAll(line.partPercents());
        row.add(line.coursePercent());
        Instant lastActivity = line.lastActivity();
        row.add(lastActivity == null ? "" : DATE_TIME.format(lastActivity.atZone(zone)));
        row.add(cell(line.planStatus()));
        String theme = line.theme();
        row.add(theme == null ? "" : cell(theme));
        row.add(line.sessionsAttended());
        row.add(line.inactive() ? texts.yes() : texts.no());
        row.add(line.behind() ? texts.yes() : texts.no());
        return row;
    }

    /**
     * Learners write their own names and themes, and Excel runs a cell starting with =, +, - or @
     * as a formula; a leading apostrophe keeps it text (OWASP's advice against CSV injection).
     */
    private static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
