package fi.polku.learning.internal;

import fi.polku.learning.internal.LearnerCsv.Problem;
import fi.polku.learning.internal.LearnerCsv.Result;
import fi.polku.learning.internal.LearnerCsv.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LearnerCsvTest {

    private static Result parse(String text) {
        return LearnerCsv.parse(new StringReader(text));
    }

    @Test
    void readsACommaSeparatedFile() {
        Result result = parse("""
                name,email,school
                Aino Laine, Aino.Laine@Example.FI ,Kirkkoharjun koulu
                Oskar Berg,oskar@example.fi,
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new Row(2, "Aino Laine", "aino.laine@example.fi", "Kirkkoharjun koulu"),
                new Row(3, "Oskar Berg", "oskar@example.fi", null));
    }

    @Test
    void readsASemicolonSeparatedFileWithColumnsInAnyOrderAndCase() {
        Result result = parse("""
                 Email ;School; NAME
                aino@example.fi;Keskusta;Aino Laine
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).containsExactly(new Row(2, "Aino Laine", "aino@example.fi", "Keskusta"));
    }

    @Test
    void readsExcelsFinnishExportWithItsByteOrderMark() {
        byte[] excel = "\uFEFFnimi;sähköposti;koulu\r\nÄänekoski Åström;anna@koulu.fi;Jyväskylän normaalikoulu\r\n"
                .getBytes(StandardCharsets.UTF_8);

        Result result = LearnerCsv.parse(
                new InputStreamReader(new ByteArrayInputStream(excel), StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new Row(2, "Äänekoski Åström", "anna@koulu.fi", "Jyväskylän normaalikoulu"));
    }

    @Test
    void acceptsTheHeaderWrittenWithoutFinnishLetters() {
        Result result = parse("nimi;sahkoposti\nMatti Möttönen;matti@example.fi\n");

        assertThat(result.rows()).extracting(Row::name).containsExactly("Matti Möttönen");
    }

    @Test
    void reportsEachBadRowByItsLineAndKeepsTheGoodOnes() {
        Result result = parse("""
                name,email,school
                Aino Laine,aino@example.fi,Keskusta

                Matti Meikäläinen,matti.example.com,Keskusta
                ,nameless@example.fi,
                Oskar Berg,oskar@example.fi,
                Aino Toinen,AINO@example.fi,
                Liisa Virta,liisa@example.fi,Ala-Malmi
                """);

        assertThat(result.problems()).containsExactly(
                new Problem(4, "'matti.example.com' is not a valid email address"),
                new Problem(5, "the name is empty for 'nameless@example.fi'"),
                new Problem(7, "'aino@example.fi' is already on line 2"));
        assertThat(result.rows()).extracting(Row::line, Row::email).containsExactly(
                tuple(2, "aino@example.fi"),
                tuple(6, "oskar@example.fi"),
                tuple(8, "liisa@example.fi"));
        assertThat(result.problems().getFirst())
                .hasToString("line 4: 'matti.example.com' is not a valid email address");
    }

    @Test
    void reportsARowWithoutEmail() {
        Result result = parse("name,email\nAino Laine\nOskar Berg,\n");

        assertThat(result.problems()).containsExactly(
                new Problem(2, "the email is empty for 'Aino Laine'"),
                new Problem(3, "the email is empty for 'Oskar Berg'"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void keepsCommasAndQuotesInsideQuotedFields() {
        Result result = parse("""
                name,email,school
                "Laine, Aino",aino@example.fi,"Koulu ""Kaisla"", Espoo"
                """);

        assertThat(result.rows()).containsExactly(
                new Row(2, "Laine, Aino", "aino@example.fi", "Koulu \"Kaisla\", Espoo"));
    }

    @Test
    void countsPhysicalLinesAfterAFieldThatSpansLines() {
        Result result = parse("name,email,school\n\"Aino\nLaine\",aino@example.fi,\nOskar,oskar,\n");

        assertThat(result.rows()).extracting(Row::line).containsExactly(2);
        assertThat(result.problems()).containsExactly(new Problem(4, "'oskar' is not a valid email address"));
    }

    @Test
    void refusesAFileWithoutAnEmailColumn() {
        Result result = parse("name,school\nAino Laine,Keskusta\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).containsExactly(
                new Problem(1, "the header row has no 'email' (or 'sähköposti') column"));
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(parse("\n\n").problems()).extracting(Problem::line).containsExactly(1);
    }

    @Test
    void keepsTheRowsBeforeAnUnclosedQuote() {
        Result result = parse("name,email\nAino,aino@example.fi\n\"Oskar,oskar@example.fi\nLiisa,liisa@example.fi\n");

        assertThat(result.rows()).extracting(Row::email).containsExactly("aino@example.fi");
        assertThat(result.problems()).extracting(Problem::line).containsExactly(3);
    }
}
