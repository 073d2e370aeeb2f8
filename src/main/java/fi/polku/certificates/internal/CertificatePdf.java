package fi.polku.certificates.internal;

import org.jspecify.annotations.Nullable;
import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.Utilities;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Draws a certificate as a one-page A4 landscape PDF: framed, centred, the learner's name large, a
 * signature line and, in the corner, the verification code with a QR code to the verify page. The
 * Liberation fonts are embedded (subset) so Finnish and Swedish letters print the same everywhere.
 * Everything is placed absolutely, so a long wording shrinks to fit rather than spill onto a page two.
 */
public final class CertificatePdf {

    /** SCREEN is the A4 page to view or print at home; PRINT adds 3 mm bleed and crop marks for a print shop. */
    public enum Variant { SCREEN, PRINT }

    static final Rectangle TRIM = PageSize.A4.rotate();
    static final float BLEED = Utilities.millimetersToPoints(3);

    private static final Color GREEN = new Color(0x1f, 0x6f, 0x5c);
    private static final Color PAPER = new Color(0xfb, 0xfa, 0xf5);
    private static final Color INK = new Color(0x1d, 0x25, 0x21);
    private static final Color MUTED = new Color(0x5b, 0x66, 0x61);
    private static final float BAND = 12;
    private static final float QR_SIZE = 80;

    private CertificatePdf() {
    }

    public static byte[] render(CertificateDocument doc, Variant variant) {
        return render(doc, variant, null);
    }

    /** @param logo the organisation's PNG or JPEG, printed centred above its name; checked when uploaded */
    public static byte[] render(CertificateDocument doc, Variant variant, byte @Nullable [] logo) {
        Fonts fonts = Fonts.load();
        CertificateLabels labels = CertificateLabels.of(doc.locale());
        float bleed = variant == Variant.PRINT ? BLEED : 0;
        Rectangle media = new Rectangle(TRIM.getWidth() + 2 * bleed, TRIM.getHeight() + 2 * bleed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(media, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (variant == Variant.PRINT) {
            writer.setBoxSize("trim", new Rectangle(bleed, bleed, bleed + TRIM.getWidth(), bleed + TRIM.getHeight()));
            writer.setBoxSize("bleed", media);
        }
        document.addTitle(labels.title() + " – " + doc.learnerName());
        document.addAuthor(doc.organisation());
        document.addSubject(doc.courseTitle());
        document.addCreator("Polku");
        document.addCreationDate();
        document.setDocumentLanguage(doc.locale().toLanguageTag());
        document.open();

        PdfContentByte canvas = writer.getDirectContent();
        drawBackground(canvas, media, bleed);
        if (variant == Variant.PRINT) {
            drawCropMarks(canvas, media, bleed);
        }
        canvas.saveState();
        canvas.concatCTM(1, 0, 0, 1, bleed, bleed);
        drawContent(canvas, doc, labels, fonts);
        if (logo != null) {
            drawLogo(canvas, logo);
        }
        canvas.restoreState();
        document.close();
        return out.toByteArray();
    }

    /** Paper colour and the green band run to the media edge, so a trim a little off leaves no white sliver. */
    private static void drawBackground(PdfContentByte canvas, Rectangle media, float bleed) {
        canvas.saveState();
        canvas.setColorFill(GREEN);
        canvas.rectangle(0, 0, media.getWidth(), media.getHeight());
        canvas.fill();
        canvas.setColorFill(PAPER);
        canvas.rectangle(bleed + BAND, bleed + BAND, TRIM.getWidth() - 2 * BAND, TRIM.getHeight() - 2 * BAND);
        canvas.fill();
        canvas.restoreState();
    }

    /**
     * Marks along the trim lines, in the bleed only, so none is left on the trimmed sheet: a thin
     * black line over a wider white one shows on the green band and on white paper alike.
     */
    private static void drawCropMarks(PdfContentByte canvas, Rectangle media, float bleed) {
        float gap = 1.5f;
        float[] xs = {bleed, media.getWidth() - bleed};
        float[] ys = {bleed, media.getHeight() - bleed};
        canvas.saveState();
        for (int pass = 0; pass < 2; pass++) {
            int grey = pass == 0 ? 255 : 0;
            canvas.setLineWidth(pass == 0 ? 1.2f : 0.3f);
            canvas.setRGBColorStroke(grey, grey, grey);
            for (float x : xs) {
                for (float y : ys) {
                    float outX = x < media.getWidth() / 2 ? 0 : media.getWidth();
                    float outY = y < media.getHeight() / 2 ? 0 : media.getHeight();
                    float towardX = Math.signum(x - outX) * gap;
                    float towardY = Math.signum(y - outY) * gap;
                    canvas.moveTo(outX, y);
                    canvas.lineTo(x - towardX, y);
                    canvas.moveTo(x, outY);
                    canvas.lineTo(x, y - towardY);
                }
            }
            canvas.stroke();
        }
        canvas.restoreState();
    }

    /** Everything on the trimmed A4 sheet, in its own coordinates. */
    private static void drawContent(PdfContentByte canvas, CertificateDocument doc, CertificateLabels labels,
                                    Fonts fonts) {
        float width = TRIM.getWidth();
        float height = TRIM.getHeight();
        float centre = width / 2;
        canvas.setColorStroke(GREEN);
        frame(canvas, 22, 1.2f);
        frame(canvas, 26.5f, 0.4f);

        line(canvas, fonts.sansBold, 11, GREEN, 0.6f, Element.ALIGN_CENTER, doc.organisation(), centre, height - 96);
        line(canvas, fonts.serifBold, 46, GREEN, 1.5f, Element.ALIGN_CENTER, labels.title(), centre, height - 160);
        ornament(canvas, centre, height - 184);
        line(canvas, fonts.serifBold, fitted(fonts.serifBold, doc.learnerName(), 36, width - 200), INK, 0,
                Element.ALIGN_CENTER, doc.learnerName(), centre, height - 250);
        wording(canvas, doc, labels, fonts, centre - 290, centre + 290, height - 274, 165);

        float rule = 126;
        canvas.setLineWidth(0.6f);
        canvas.setColorStroke(MUTED);
        canvas.moveTo(105, rule);
        canvas.lineTo(265, rule);
        canvas.moveTo(305, rule);
        canvas.lineTo(505, rule);
        canvas.stroke();
        line(canvas, fonts.serif, 13, INK, 0, Element.ALIGN_CENTER, labels.format(doc.completedOn()), 185, rule + 7);
        line(canvas, fonts.sans, 8.5f, MUTED, 0, Element.ALIGN_CENTER, labels.date(), 185, rule - 14);
        line(canvas, fonts.serifBold, 12, INK, 0, Element.ALIGN_CENTER, doc.facilitatorName(), 405, rule - 15);
        line(canvas, fonts.sans, 8.5f, MUTED, 0, Element.ALIGN_CENTER, labels.facilitator(), 405, rule - 28);

        float qrRight = width - 52;
        float qrBottom = 50;
        QrCode.of(doc.verifyUrl()).draw(canvas, qrRight - QR_SIZE, qrBottom, QR_SIZE);
        float textRight = qrRight - QR_SIZE - 6;
        line(canvas, fonts.sans, 7.5f, MUTED, 0, Element.ALIGN_RIGHT, labels.code(), textRight, qrBottom + 52);
        line(canvas, fonts.mono, 12, INK, 0, Element.ALIGN_RIGHT, doc.code(), textRight, qrBottom + 38);
        line(canvas, fonts.sans, 7.5f, MUTED, 0, Element.ALIGN_RIGHT, labels.verifyAt(), textRight, qrBottom + 20);
        line(canvas, fonts.sans, fitted(fonts.sans, doc.verifyUrl(), 7.5f, 250), MUTED, 0, Element.ALIGN_RIGHT,
                doc.verifyUrl(), textRight, qrBottom + 10);
    }

    /** In the space between the frame and the organisation's name, scaled down to fit, never up. */
    private static void drawLogo(PdfContentByte canvas, byte[] logo) {
        try {
            Image image = Image.getInstance(logo);
            float maxWidth = 180;
            float maxHeight = 44;
            if (image.getWidth() > maxWidth || image.getHeight() > maxHeight) {
                image.scaleToFit(maxWidth, maxHeight);
            }
            image.setAbsolutePosition((TRIM.getWidth() - image.getScaledWidth()) / 2, TRIM.getHeight() - 84);
            canvas.addImage(image);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the organisation's logo cannot be drawn", e);
        }
    }

    private static void frame(PdfContentByte canvas, float inset, float lineWidth) {
        canvas.setLineWidth(lineWidth);
        canvas.rectangle(inset, inset, TRIM.getWidth() - 2 * inset, TRIM.getHeight() - 2 * inset);
        canvas.stroke();
    }

    /** A short rule broken by a diamond, under the title. */
    private static void ornament(PdfContentByte canvas, float x, float y) {
        canvas.setLineWidth(0.8f);
        canvas.moveTo(x - 80, y);
        canvas.lineTo(x - 9, y);
        canvas.moveTo(x + 9, y);
        canvas.lineTo(x + 80, y);
        canvas.stroke();
        canvas.setColorFill(GREEN);
        canvas.moveTo(x, y + 4);
        canvas.lineTo(x + 4, y);
        canvas.lineTo(x, y - 4);
        canvas.lineTo(x - 4, y);
        canvas.closePath();
        canvas.fill();
    }

    /**
     * The course's wording under the name, then the course and its extent; the largest size from
     * 14 pt down that fits the box, so a long wording never runs into the signature line.
     */
    private static void wording(PdfContentByte canvas, CertificateDocument doc, CertificateLabels labels,
                                Fonts fonts, float left, float right, float top, float bottom) {
        for (float size = 14; ; size -= 0.5f) {
            ColumnText column = wordingColumn(canvas, doc, labels, fonts, size, left, right, top, bottom);
            boolean last = size <= 8;
            if (last || !ColumnText.hasMoreText(column.go(true))) {
                wordingColumn(canvas, doc, labels, fonts, size, left, right, top, bottom).go();
                return;
            }
        }
    }

    private static ColumnText wordingColumn(PdfContentByte canvas, CertificateDocument doc, CertificateLabels labels,
                                            Fonts fonts, float size, float left, float right, float top,
                                            float bottom) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(left, bottom, right, top);
        Paragraph wording = new Paragraph(doc.wording(), new Font(fonts.serif, size, Font.NORMAL, INK));
        wording.setLeading(0, 1.45f);
        wording.setAlignment(Element.ALIGN_CENTER);
        column.addElement(wording);
        float factsSize = Math.min(11.5f, size - 1.5f);
        Paragraph facts = new Paragraph(doc.courseTitle(), new Font(fonts.sansBold, factsSize, Font.NORMAL, GREEN));
        String extent = labels.extent(doc.hours(), doc.credits());
        if (!extent.isEmpty()) {
            facts.add(new Chunk("  ·  " + extent, new Font(fonts.sans, factsSize, Font.NORMAL, MUTED)));
        }
        facts.setLeading(0, 1.4f);
        facts.setSpacingBefore(size * 0.8f);
        facts.setAlignment(Element.ALIGN_CENTER);
        column.addElement(facts);
        return column;
    }

    private static float fitted(BaseFont font, String text, float size, float maxWidth) {
        float width = font.getWidthPoint(text, size);
        return width <= maxWidth ? size : size * maxWidth / width;
    }

    private static void line(PdfContentByte canvas, BaseFont font, float size, Color color, float spacing,
                             int alignment, String text, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.setCharacterSpacing(spacing);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.setCharacterSpacing(0);
        canvas.endText();
    }

    private record Fonts(BaseFont serif, BaseFont serifBold, BaseFont sans, BaseFont sansBold, BaseFont mono) {

        static Fonts load() {
            try {
                return new Fonts(base(Liberation.SERIF), base(Liberation.SERIF_BOLD), base(Liberation.SANS),
                        base(Liberation.SANS_BOLD), base(Liberation.MONO_BOLD));
            } catch (IOException e) {
                throw new UncheckedIOException("the Liberation fonts are missing from the classpath", e);
            }
        }

        private static BaseFont base(Liberation font) throws IOException {
            return font.create().getBaseFont();
        }
    }
}
