package fi.polku.certificates.internal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fi.polku.certificates.internal.CertificatePdf.Variant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CertificatePdfTest {

    private static final String LEARNER = "Åsa Äänekoski-Öhman";
    private static final String CODE = "7KQ2-M9XP-4TWD-H3RC";
    private static final String VERIFY_URL = "https://polku.example.fi/verify/7KQ2-M9XP-4TWD-H3RC";
    private static final float A4_LONG = 841.89f;
    private static final float A4_SHORT = 595.28f;
    private static final float BLEED = 3 / 25.4f * 72;

    private static CertificateDocument certificate(Locale locale) {
        boolean finnish = "fi".equals(locale.getLanguage());
        return new CertificateDocument(LEARNER, finnish ? "Innovatiiviset opettajat" : "Innovative Teachers",
                "Polku-koulutuskeskus",
                finnish
                        ? "on suorittanut täydennyskoulutuksen Innovatiiviset opettajat (viisi päivää, 40 tuntia): "
                        + "yhteisöllinen oppiminen, digitaaliset työkalut ja oman opetuksen kehittämissuunnitelma."
                        : "has completed the in-service training course Innovative Teachers (five days, 40 hours): "
                        + "collaborative learning, digital tools and a development plan for their own teaching.",
                40, 2, LocalDate.of(2026, 11, 25), "Väinö Törmänen", CODE, VERIFY_URL, locale);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void printsNameCodeAndCourseWithNordicLetters(Variant variant) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(certificate(Locale.ENGLISH), variant))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains(LEARNER, CODE, "Innovative Teachers", "Certificate", "Verification code",
                    "25 November 2026", "40 hours · 2 ECTS credits", "Väinö Törmänen", VERIFY_URL);
        }
    }

    @Test
    void printsFinnishLabelsAndDateForFinnishLearners() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(certificate(Locale.of("fi", "FI")), Variant.SCREEN))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("Todistus", "Tarkistuskoodi", "Tarkista osoitteessa", "25.11.2026",
                    "40 tuntia · 2 opintopistettä", "on suorittanut täydennyskoulutuksen", LEARNER)
                    .doesNotContain("Certificate", "Verification code");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Todistus – " + LEARNER);
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void embedsEveryFontItUses(Variant variant) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(certificate(Locale.ENGLISH), variant))) {
            PDResources resources = pdf.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }

            assertThat(fonts).isNotEmpty().allSatisfy(font ->
                    assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void carriesAQrCodeThatLeadsToTheVerifyPage(Variant variant) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(certificate(Locale.ENGLISH), variant))) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);

            assertThat(decodeQr(page).getText()).isEqualTo(VERIFY_URL);
        }
    }

    @Test
    void recordsTitleAuthorSubjectAndCreatorInTheMetadata() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(certificate(Locale.ENGLISH), Variant.SCREEN))) {
            PDDocumentInformation info = pdf.getDocumentInformation();

            assertThat(info.getTitle()).isEqualTo("Certificate – " + LEARNER);
            assertThat(info.getAuthor()).isEqualTo("Polku-koulutuskeskus");
            assertThat(info.getSubject()).isEqualTo("Innovative Teachers");
            assertThat(info.getCreator()).isEqualTo("Polku");
        }
    }

    @Test
    void screenVariantIsExactlyA4Landscape() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(certificate(Locale.ENGLISH), Variant.SCREEN))) {
            PDRectangle media = pdf.getPage(0).getMediaBox();

            assertThat(media.getWidth()).isCloseTo(A4_LONG, within(1f));
            assertThat(media.getHeight()).isCloseTo(A4_SHORT, within(1f));
        }
    }

    @Test
    void printVariantAddsThreeMillimetresBleedAroundAnA4LandscapeTrim() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(certificate(Locale.ENGLISH), Variant.PRINT))) {
            PDPage page = pdf.getPage(0);
            PDRectangle media = page.getMediaBox();
            PDRectangle trim = page.getTrimBox();

            assertThat(media.getWidth()).isCloseTo(A4_LONG + 2 * BLEED, within(1f));
            assertThat(media.getHeight()).isCloseTo(A4_SHORT + 2 * BLEED, within(1f));
            assertThat(trim.getWidth()).isCloseTo(A4_LONG, within(1f));
            assertThat(trim.getHeight()).isCloseTo(A4_SHORT, within(1f));
            assertThat(trim.getLowerLeftX()).isCloseTo(BLEED, within(1f));
            assertThat(trim.getLowerLeftY()).isCloseTo(BLEED, within(1f));
        }
    }

    @Test
    void shrinksALongWordingToFitAboveTheSignatureLine() throws IOException {
        CertificateDocument base = certificate(Locale.ENGLISH);
        String longWording = (base.wording() + " ").repeat(6).strip();
        CertificateDocument wordy = new CertificateDocument(base.learnerName(), base.courseTitle(),
                base.organisation(), longWording, null, null, base.completedOn(), base.facilitatorName(),
                base.code(), base.verifyUrl(), base.locale());

        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(wordy, Variant.SCREEN))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("for their own teaching. Innovative Teachers").doesNotContain("hours ·");
        }
    }

    private static Result decodeQr(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new QRCodeReader().decode(bitmap);
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found on the rendered page", e);
        }
    }
}
