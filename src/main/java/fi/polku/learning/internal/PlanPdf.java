package fi.polku.learning.internal;

import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Prints a development plan as an A4 PDF the learner can keep or hand to their principal. The
 * Liberation fonts are embedded (subset) so Finnish and Swedish letters print the same on any
 * machine, whatever fonts the reader has.
 */
public final class PlanPdf {

    private static final float MARGIN = 56;
    private static final Color MUTED = new Color(0x55, 0x5b, 0x66);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd4);

    private PlanPdf() {
    }

    public static byte[] render(PlanDocument plan) {
        Fonts fonts = Fonts.load();
        Labels labels = Labels.of(plan);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 14);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(plan.planTitle() + " – " + plan.learnerName(), fonts.small));
        document.addTitle(plan.planTitle() + " – " + plan.learnerName());
        document.addAuthor(plan.learnerName());
        document.addSubject(plan.courseTitle());
        document.addCreator("Polku");
        document.addCreationDate();
        document.setDocumentLanguage(plan.locale().toLanguageTag());
        document.open();

        document.add(paragraph(plan.planTitle(), fonts.title, 0, 10));
        document.add(paragraph(plan.learnerName(), fonts.lead, 0, 2));
        document.add(paragraph(plan.courseTitle(), fonts.body, 0, 2));
        document.add(paragraph(labels.versionLine(plan.version(), plan.savedAt()), fonts.muted, 0, 2));
        if (plan.theme() != null && !plan.theme().isBlank()) {
            Paragraph theme = new Paragraph("", fonts.body);
            theme.add(new Chunk(labels.theme + ": ", fonts.label));
            theme.add(new Chunk(plan.theme(), fonts.body));
            theme.setSpacingBefore(6);
            document.add(theme);
        }
        document.add(rule(fonts.body));

        for (PlanDocument.Field field : plan.fields()) {
            document.add(paragraph(field.label(), fonts.heading, 12, 4));
            document.add(paragraph(field.value().isBlank() ? "—" : field.value(), fonts.body, 0, 0));
        }

        if (!plan.comments().isEmpty()) {
            document.add(rule(fonts.body));
            document.add(paragraph(labels.comments, fonts.section, 4, 2));
            for (PlanDocument.Comment comment : plan.comments()) {
                String byline = comment.author() + " · " + labels.format(comment.at());
                document.add(paragraph(byline, fonts.label, 10, 3));
                document.add(paragraph(comment.text(), fonts.body, 0, 0));
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(0, 1.35f);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static Paragraph rule(Font font) {
        // Without a font, OpenPDF spaces the paragraph with Helvetica, which is not embedded.
        Paragraph paragraph = new Paragraph("", font);
        paragraph.add(new Chunk(new LineSeparator(0.7f, 100, RULE, Element.ALIGN_CENTER, -4)));
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private record Fonts(Font title, Font lead, Font section, Font heading, Font label, Font body,
                         Font muted, Font small) {

        static Fonts load() {
            try {
                BaseFont regular = Liberation.SANS.create().getBaseFont();
                BaseFont bold = Liberation.SANS_BOLD.create().getBaseFont();
                return new Fonts(new Font(bold, 20), new Font(bold, 13), new Font(bold, 14),
                        new Font(bold, 12), new Font(bold, 10, Font.NORMAL, MUTED), new Font(regular, 11),
                        new Font(regular, 10, Font.NORMAL, MUTED), new Font(regular, 8, Font.NORMAL, MUTED));
            } catch (IOException e) {
                throw new UncheckedIOException("the Liberation fonts are missing from the classpath", e);
            }
        }
    }

    /** The words around the learner's data; Finnish for Finnish readers, English for everyone else. */
    private record Labels(String version, String saved, String theme, String comments, DateTimeFormatter dates) {

        static Labels of(PlanDocument plan) {
            DateTimeFormatter dates = DateTimeFormatter
                    .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(plan.locale());
            return "fi".equals(plan.locale().getLanguage())
                    ? new Labels("Versio", "tallennettu", "Kehittämisteema", "Kouluttajan kommentit", dates)
                    : new Labels("Version", "saved", "Development theme", "Trainer comments", dates);
        }

        String versionLine(int number, ZonedDateTime savedAt) {
            return version + " " + number + ", " + saved + " " + format(savedAt);
        }

        String format(ZonedDateTime time) {
            return dates.format(time);
        }
    }

    /** Names the plan and numbers the page at the foot, so loose printed pages find their owner. */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;
        private final Font font;

        Footer(String text, Font font) {
            this.text = text;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float y = document.bottom() - 24;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(text, font), document.left(), y, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(String.valueOf(writer.getPageNumber()), font), document.right(), y, 0);
        }
    }
}
