package fi.polku.learning.internal;

import fi.polku.learning.internal.CohortCsvExport.Line;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CohortCsvExportTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final List<String> PARTS = List.of("Path", "Experiment");
    private static final Line ASTROM = new Line("Äänekoski Åström", "anna@koulu.fi", List.of(100, 40), 70,
            Instant.parse("2025-03-01T10:05:00Z"), "Shared", "Ilmiöoppiminen", 2, false, true);
    private static final Line NEWCOMER = new Line("Oskar Berg", "oskar@koulu.fi", List.of(0, 0), 0,
            null, "Not started", null, 0, true, false);

    @Test
    void startsWithTheUtf8ByteOrderMarkExcelNeeds() {
        byte[] csv = CohortCsvExport.write(PARTS, List.of(ASTROM), Locale.ENGLISH, HELSINKI);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void writesEnglishHeadersAndRowsSeparatedByCommas() throws IOException {
        byte[] csv = CohortCsvExport.write(PARTS, List.of(ASTROM, NEWCOMER), Locale.ENGLISH, HELSINKI);

        assertThat(text(csv).lines().findFirst().orElseThrow()).isEqualTo(
                "Name,Email,Path %,Experiment %,Course %,Last activity,Plan,Theme,Sessions attended,"
                        + "Inactive 14 days,Behind median");
        List<CSVRecord> records = parse(csv, ',');
        assertThat(records.get(1).toList()).containsExactly("Äänekoski Åström", "anna@koulu.fi", "100", "40", "70",
                "2025-03-01 12:05", "Shared", "Ilmiöoppiminen", "2", "no", "yes");
        assertThat(records.get(2).toList()).containsExactly("Oskar Berg", "oskar@koulu.fi", "0", "0", "0",
                "", "Not started", "", "0", "yes", "no");
    }

    @Test
    void writesFinnishHeadersAndRowsSeparatedBySemicolonsForFinnishExcel() throws IOException {
        byte[] csv = CohortCsvExport.write(PARTS, List.of(ASTROM), Locale.of("fi", "FI"), HELSINKI);

        assertThat(text(csv).lines().findFirst().orElseThrow()).isEqualTo(
                "Nimi;Sähköposti;Path %;Experiment %;Kurssi %;Viimeksi aktiivinen;Suunnitelma;Teema;"
                        + "Osallistunut tapaamisiin;Ei aktiivisuutta 14 päivään;Jäljessä mediaanista");
        assertThat(parse(csv, ';').get(1).toList()).containsExactly("Äänekoski Åström", "anna@koulu.fi",
                "100", "40", "70", "2025-03-01 12:05", "Shared", "Ilmiöoppiminen", "2", "ei", "kyllä");
    }

    @Test
    void writesSwedishHeadersAndRowsSeparatedBySemicolonsForSwedishExcelInFinland() throws IOException {
        byte[] csv = CohortCsvExport.write(PARTS, List.of(ASTROM), Locale.of("sv", "FI"), HELSINKI);

        assertThat(text(csv).lines().findFirst().orElseThrow()).isEqualTo(
                "Namn;E-post;Path %;Experiment %;Kurs %;Senaste aktivitet;Plan;Tema;"
                        + "Deltagit i träffar;Ingen aktivitet på 14 dagar;Efter medianen");
        assertThat(parse(csv, ';').get(1).toList()).containsExactly("Äänekoski Åström", "anna@koulu.fi",
                "100", "40", "70", "2025-03-01 12:05", "Shared", "Ilmiöoppiminen", "2", "nej", "ja");
    }

    @Test
    void keepsANameWithTheDelimiterAndAQuoteIntact() throws IOException {
        Line tricky = new Line("Laine; \"Aino\", Jr", "aino@koulu.fi", List.of(0, 0), 0, null, "Draft", null,
                0, false, false);

        assertThat(parse(CohortCsvExport.write(PARTS, List.of(tricky), Locale.of("fi"), HELSINKI), ';')
                .get(1).get(0)).isEqualTo("Laine; \"Aino\", Jr");
        assertThat(parse(CohortCsvExport.write(PARTS, List.of(tricky), Locale.ENGLISH, HELSINKI), ',')
                .get(1).get(0)).isEqualTo("Laine; \"Aino\", Jr");
    }

    @Test
    void keepsExcelFromRunningALearnersTextAsAFormula() throws IOException {
        Line formula = new Line("=HYPERLINK(\"http://evil\")", "x@koulu.fi", List.of(0, 0), 0, null, "Draft",
                "+1", 0, false, false);

        CSVRecord row = parse(CohortCsvExport.write(PARTS, List.of(formula), Locale.ENGLISH, HELSINKI), ',').get(1);

        assertThat(row.get(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(row.get(7)).isEqualTo("'+1");
    }

    @Test
    void refusesALineWhosePartsDoNotMatchTheHeader() {
        Line mismatched = new Line("Aino", "aino@koulu.fi", List.of(10), 10, null, "Draft", null, 0, false, false);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> CohortCsvExport.write(PARTS, List.of(mismatched), Locale.ENGLISH, HELSINKI));
    }

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(byte[] csv, char delimiter) throws IOException {
        try (CSVParser parser = CSVParser.parse(text(csv), CSVFormat.EXCEL.builder().setDelimiter(delimiter).get())) {
            return parser.getRecords();
        }
    }
}
