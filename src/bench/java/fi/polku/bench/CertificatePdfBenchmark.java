package fi.polku.bench;

import fi.polku.certificates.internal.CertificateDocument;
import fi.polku.certificates.internal.CertificatePdf;
import fi.polku.certificates.internal.QrCode;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Certificate PDFs per second on one thread: Polku's {@link CertificatePdf} (OpenPDF, SCREEN variant)
 * against the same page drawn with Apache PDFBox: same A4 landscape size, same texts, the same five
 * Liberation TTFs from the openpdf-fonts-extra jar embedded as subsets with {@code PDType0Font.load},
 * and the QR code drawn as rectangles. PDFBox twice: parsing the fonts for each document (the usual
 * {@code load(document, stream)}), and with the fonts parsed once, as OpenPDF caches its {@code BaseFont}s.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CertificatePdfBenchmark {

    private static final String[] FONTS = {"LiberationSerif-Regular", "LiberationSerif-Bold",
            "LiberationSans-Regular", "LiberationSans-Bold", "LiberationMono-Bold"};
    private static final Color GREEN = new Color(0x1f, 0x6f, 0x5c);
    private static final Color PAPER = new Color(0xfb, 0xfa, 0xf5);
    private static final Color INK = new Color(0x1d, 0x25, 0x21);
    private static final Color MUTED = new Color(0x5b, 0x66, 0x61);

    private final CertificateDocument certificate = new CertificateDocument("Åsa Äänekoski-Öhman",
            "Innovative Teachers", "Polku-koulutuskeskus",
            "has completed the in-service training course Innovative Teachers (five days, 40 hours): "
                    + "collaborative learning, digital tools and a development plan for their own teaching.",
            40, 2, LocalDate.of(2026, 11, 25), "Väinö Törmänen", "7KQ2-M9XP-4TWD-H3RC",
            "https://polku.example.fi/verify/7KQ2-M9XP-4TWD-H3RC", Locale.ENGLISH);

    private final List<byte[]> fontFiles = new ArrayList<>();
    private final List<TrueTypeFont> parsedFonts = new ArrayList<>();

    @Setup
    public void setUp() throws IOException {
        for (String name : FONTS) {
            try (InputStream in = CertificatePdf.class.getResourceAsStream("/liberation/" + name + ".ttf")) {
                byte[] bytes = in.readAllBytes();
                fontFiles.add(bytes);
                parsedFonts.add(new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
            }
        }
        report("OpenPDF", openpdf());
        report("PDFBox", pdfbox());
        report("PDFBox, fonts parsed once", pdfboxFontsParsedOnce());
    }

    private void report(String what, byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            if (!text.contains(certificate.learnerName()) || !text.contains(certificate.code())) {
                throw new IllegalStateException(what + " lost the name or the code: " + text);
            }
        }
        System.out.printf("%n%s: %,d bytes%n", what, pdf.length);
    }

    @Benchmark
    public byte[] openpdf() {
        return CertificatePdf.render(certificate, CertificatePdf.Variant.SCREEN);
    }

    @Benchmark
    public byte[] pdfbox() throws IOException {
        try (PDDocument document = new PDDocument()) {
            List<PDFont> fonts = new ArrayList<>();
            for (byte[] file : fontFiles) {
                fonts.add(PDType0Font.load(document, new RandomAccessReadBuffer(file), true, false));
            }
            return draw(document, fonts);
        }
    }

    @Benchmark
    public byte[] pdfboxFontsParsedOnce() throws IOException {
        try (PDDocument document = new PDDocument()) {
            List<PDFont> fonts = new ArrayList<>();
            for (TrueTypeFont font : parsedFonts) {
                fonts.add(PDType0Font.load(document, font, true));
            }
            return draw(document, fonts);
        }
    }

    /** The layout of {@code CertificatePdf}, with PDFBox: fonts in the order of {@link #FONTS}. */
    private byte[] draw(PDDocument document, List<PDFont> fonts) throws IOException {
        PDFont serif = fonts.get(0);
        PDFont serifBold = fonts.get(1);
        PDFont sans = fonts.get(2);
        PDFont sansBold = fonts.get(3);
        PDFont mono = fonts.get(4);
        CertificateDocument doc = certificate;
        float width = 841.89f;
        float height = 595.28f;
        float centre = width / 2;
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
            canvas.setNonStrokingColor(GREEN);
            canvas.addRect(0, 0, width, height);
            canvas.fill();
            canvas.setNonStrokingColor(PAPER);
            canvas.addRect(12, 12, width - 24, height - 24);
            canvas.fill();
            canvas.setStrokingColor(GREEN);
            frame(canvas, width, height, 22, 1.2f);
            frame(canvas, width, height, 26.5f, 0.4f);

            text(canvas, sansBold, 11, GREEN, 0.6f, 0.5f, doc.organisation(), centre, height - 96);
            text(canvas, serifBold, 46, GREEN, 1.5f, 0.5f, "Certificate", centre, height - 160);
            canvas.setLineWidth(0.8f);
            canvas.moveTo(centre - 80, height - 184);
            canvas.lineTo(centre - 9, height - 184);
            canvas.moveTo(centre + 9, height - 184);
            canvas.lineTo(centre + 80, height - 184);
            canvas.stroke();
            canvas.setNonStrokingColor(GREEN);
            canvas.moveTo(centre, height - 180);
            canvas.lineTo(centre + 4, height - 184);
            canvas.lineTo(centre, height - 188);
            canvas.lineTo(centre - 4, height - 184);
            canvas.closePath();
            canvas.fill();
            text(canvas, serifBold, 36, INK, 0, 0.5f, doc.learnerName(), centre, height - 250);

            float y = height - 274 - 14 * 1.45f;
            for (String line : wrap(serif, 14, doc.wording(), 580)) {
                text(canvas, serif, 14, INK, 0, 0.5f, line, centre, y);
                y -= 14 * 1.45f;
            }
            y -= 11;
            String extent = "  ·  40 hours · 2 ECTS credits";
            float titleWidth = sansBold.getStringWidth(doc.courseTitle()) / 1000 * 11.5f;
            float factsLeft = centre - (titleWidth + sans.getStringWidth(extent) / 1000 * 11.5f) / 2;
            text(canvas, sansBold, 11.5f, GREEN, 0, 0, doc.courseTitle(), factsLeft, y);
            text(canvas, sans, 11.5f, MUTED, 0, 0, extent, factsLeft + titleWidth, y);

            float rule = 126;
            canvas.setLineWidth(0.6f);
            canvas.setStrokingColor(MUTED);
            canvas.moveTo(105, rule);
            canvas.lineTo(265, rule);
            canvas.moveTo(305, rule);
            canvas.lineTo(505, rule);
            canvas.stroke();
            text(canvas, serif, 13, INK, 0, 0.5f, "25 November 2026", 185, rule + 7);
            text(canvas, sans, 8.5f, MUTED, 0, 0.5f, "Date", 185, rule - 14);
            text(canvas, serifBold, 12, INK, 0, 0.5f, doc.facilitatorName(), 405, rule - 15);
            text(canvas, sans, 8.5f, MUTED, 0, 0.5f, "Facilitator", 405, rule - 28);

            float qrRight = width - 52;
            qr(canvas, doc.verifyUrl(), qrRight - 80, 50, 80);
            float textRight = qrRight - 86;
            text(canvas, sans, 7.5f, MUTED, 0, 1, "Verification code", textRight, 102);
            text(canvas, mono, 12, INK, 0, 1, doc.code(), textRight, 88);
            text(canvas, sans, 7.5f, MUTED, 0, 1, "Verify at", textRight, 70);
            text(canvas, sans, 7.5f, MUTED, 0, 1, doc.verifyUrl(), textRight, 60);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Certificate – " + doc.learnerName());
        info.setAuthor(doc.organisation());
        info.setSubject(doc.courseTitle());
        info.setCreator("Polku");
        document.getDocumentCatalog().setLanguage("en");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static void frame(PDPageContentStream canvas, float width, float height, float inset, float lineWidth)
            throws IOException {
        canvas.setLineWidth(lineWidth);
        canvas.addRect(inset, inset, width - 2 * inset, height - 2 * inset);
        canvas.stroke();
    }

    /** One line of text; {@code anchor} 0 puts its start at x, 0.5 its middle, 1 its end. */
    private static void text(PDPageContentStream canvas, PDFont font, float size, Color color, float spacing,
                             float anchor, String text, float x, float y) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size + spacing * (text.length() - 1);
        canvas.beginText();
        canvas.setFont(font, size);
        canvas.setNonStrokingColor(color);
        canvas.setCharacterSpacing(spacing);
        canvas.newLineAtOffset(x - anchor * width, y);
        canvas.showText(text);
        canvas.endText();
        canvas.setCharacterSpacing(0);
    }

    private static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static void qr(PDPageContentStream canvas, String content, float x, float y, float size)
            throws IOException {
        canvas.setNonStrokingColor(Color.WHITE);
        canvas.addRect(x, y, size, size);
        canvas.fill();
        canvas.setNonStrokingColor(Color.BLACK);
        try {
            QrCode.of(content).forEachRun(x, y, size, (rx, ry, w, h) -> {
                try {
                    canvas.addRect(rx, ry, w, h);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        canvas.fill();
    }
}
