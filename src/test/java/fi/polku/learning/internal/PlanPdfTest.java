package fi.polku.learning.internal;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PlanPdfTest {

    private static final String LEARNER = "Äänekoski Åström-Öhman";
    private static final ZonedDateTime SAVED = ZonedDateTime.of(2026, 11, 23, 14, 30, 0, 0, ZoneId.of("Europe/Helsinki"));

    private static PlanDocument plan(Locale locale, String theme, List<PlanDocument.Comment> comments,
                                     PlanDocument.Field... fields) {
        return new PlanDocument(LEARNER, "Innovatiiviset opettajat", "Oma kehittämissuunnitelma", 3, SAVED,
                theme, List.of(fields), comments, locale);
    }

    private static PlanDocument typicalPlan(Locale locale) {
        return plan(locale, "Yhteisöllinen oppiminen",
                List.of(new PlanDocument.Comment("Kouluttaja Väinö", SAVED.plusDays(2), "Hyvä alku, jatka näin.")),
                new PlanDocument.Field("Tavoite", "Kokeilen yhteisöllistä työskentelyä äidinkielen tunneilla."),
                new PlanDocument.Field("Kokeilut", "Viikoittainen pöytäryhmä ja sähköinen oppimispäiväkirja."));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    @Test
    void printsLearnerCourseFieldsAndVersionWithNordicLetters() throws IOException {
        String text = text(PlanPdf.render(typicalPlan(Locale.ENGLISH)));

        assertThat(text).contains(LEARNER, "Innovatiiviset opettajat", "Oma kehittämissuunnitelma",
                "Tavoite", "Kokeilen yhteisöllistä työskentelyä äidinkielen tunneilla.", "Version 3");
    }

    @Test
    void recordsTitleAuthorSubjectAndCreatorInTheMetadata() throws IOException {
        PdfReader reader = new PdfReader(PlanPdf.render(typicalPlan(Locale.ENGLISH)));

        assertThat(reader.getInfo())
                .containsEntry("Title", "Oma kehittämissuunnitelma – " + LEARNER)
                .containsEntry("Author", LEARNER)
                .containsEntry("Subject", "Innovatiiviset opettajat")
                .containsEntry("Creator", "Polku");
    }

    @Test
    void embedsEveryFontItUsesSoLettersPrintOnAnyMachine() throws IOException {
        PdfReader reader = new PdfReader(PlanPdf.render(typicalPlan(Locale.ENGLISH)));
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);

        assertThat(fonts.getKeys()).isNotEmpty().allSatisfy(name -> {
            PdfDictionary font = fonts.getAsDict(name);
            assertThat(embeddedTrueType(font)).as("%s is embedded", font.get(PdfName.BASEFONT)).isTrue();
        });
    }

    /** A Unicode font keeps its descriptor on its descendant font; a simple font has it directly. */
    private static boolean embeddedTrueType(PdfDictionary font) {
        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
        PdfDictionary glyphs = descendants == null ? font : descendants.getAsDict(0);
        PdfDictionary descriptor = glyphs.getAsDict(PdfName.FONTDESCRIPTOR);
        return descriptor != null && descriptor.get(PdfName.FONTFILE2) != null;
    }

    @Test
    void labelsTheDataInFinnishForFinnishReaders() throws IOException {
        String text = text(PlanPdf.render(typicalPlan(Locale.of("fi", "FI"))));

        assertThat(text).contains("Versio 3, tallennettu 23.11.2026", "Kehittämisteema: Yhteisöllinen oppiminen",
                "Kouluttajan kommentit", "Kouluttaja Väinö", "Hyvä alku, jatka näin.");
        assertThat(text).doesNotContain("Version", "Trainer comments");
    }

    @Test
    void labelsTheDataInEnglishForOtherReaders() throws IOException {
        String text = text(PlanPdf.render(typicalPlan(Locale.of("sv", "FI"))));

        assertThat(text).contains("Version 3, saved", "Development theme: Yhteisöllinen oppiminen",
                "Trainer comments");
    }

    @Test
    void showsAnEmptyAnswerAsADash() throws IOException {
        String text = text(PlanPdf.render(plan(Locale.ENGLISH, null, List.of(),
                new PlanDocument.Field("Tavoite", "  "), new PlanDocument.Field("Arviointi", "Kysely oppilaille."))));

        assertThat(text).containsPattern("Tavoite\\s+—\\s+Arviointi");
    }

    @Test
    void leavesOutThemeAndCommentsWhenThereAreNone() throws IOException {
        String text = text(PlanPdf.render(plan(Locale.ENGLISH, null, List.of(),
                new PlanDocument.Field("Tavoite", "Kokeilu."))));

        assertThat(text).doesNotContain("Development theme", "Trainer comments");
    }

    @Test
    void wrapsLongAnswersOntoFurtherPages() throws IOException {
        String longAnswer = "Pohdin, miten oppilaat voisivat ohjata omaa oppimistaan yhä enemmän. ".repeat(120)
                + "Loppusanat ääkkösin.";
        byte[] pdf = PlanPdf.render(plan(Locale.ENGLISH, null, List.of(), new PlanDocument.Field("Pohdinta", longAnswer)));

        assertThat(new PdfReader(pdf).getNumberOfPages()).isGreaterThan(1);
        assertThat(text(pdf)).contains("Loppusanat ääkkösin.");
    }
}
