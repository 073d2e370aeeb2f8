package fi.polku.peerreview.internal;

import fi.polku.peerreview.internal.AttachmentPolicy.Kind;
import fi.polku.peerreview.internal.AttachmentPolicy.Verdict;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AttachmentPolicyTest {

    static final Set<Kind> ALL = EnumSet.allOf(Kind.class);
    static final long TEN_MB = 10L * 1024 * 1024;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void acceptsARealPdf() {
        assertAccepted(check("hankeraportti.pdf", pdf()), "application/pdf");
    }

    @Test
    void acceptsRealPngAndJpegImages() throws IOException {
        assertAccepted(check("luokka.png", image("png")), "image/png");
        assertAccepted(check("luokka.JPG", image("jpg")), "image/jpeg");
    }

    @Test
    void acceptsAPngNamedJpgAsTheImageItReallyIs() throws IOException {
        assertAccepted(check("luokka.jpg", image("png")), "image/png");
    }

    @Test
    void acceptsARealDocxUnderItsOoxmlType() throws IOException {
        assertAccepted(check("suunnitelma.docx", docx()), DOCX);
    }

    @Test
    void acceptsADocxWhoseContentTypesPartIsNotTheFirstEntry() throws IOException {
        byte[] docx = zip("word/document.xml", "<w:document/>", "[Content_Types].xml", "<Types/>",
                "_rels/.rels", "<Relationships/>");

        assertAccepted(check("suunnitelma.docx", docx), DOCX);
    }

    @Test
    void acceptsOpenDocumentAndLegacyOfficeFiles() throws IOException {
        assertAccepted(check("muistio.odt", odf("application/vnd.oasis.opendocument.text")),
                "application/vnd.oasis.opendocument.text");
        assertAccepted(check("muistio.doc", ole2()), "application/msword");
        assertAccepted(check("budjetti.xls", ole2()), "application/vnd.ms-excel");
    }

    @Test
    void refusesAPlainZipNamedDocx() throws IOException {
        assertWrongType(check("suunnitelma.docx", zip("notes.txt", "hello")));
    }

    @Test
    void refusesAnOpenDocumentNamedAsAnOoxmlFile() throws IOException {
        assertWrongType(check("muistio.docx", odf("application/vnd.oasis.opendocument.text")));
    }

    @Test
    void refusesTextAnExecutableOrADocxNamedPdf() throws IOException {
        assertWrongType(check("raportti.pdf", "Tämä ei ole PDF.\n".getBytes(StandardCharsets.UTF_8)));
        assertWrongType(check("raportti.pdf", executable()));
        assertWrongType(check("raportti.pdf", docx()));
        assertWrongType(check("raportti.pdf", "#!/bin/sh\nrm -rf ~\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void refusesAnEmptyFileWhateverItsName() {
        assertWrongType(check("raportti.pdf", new byte[0]));
    }

    @Test
    void refusesAnSvgNamedPngBecauseItCanCarryScript() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);

        assertWrongType(check("kuva.png", svg));
        assertWrongType(check("kuva.svg", svg));
    }

    @Test
    void refusesAPdfNamedPng() {
        assertWrongType(check("kuva.png", pdf()));
    }

    @Test
    void refusesANameWithoutAnAcceptedExtension() {
        assertWrongType(check("raportti", pdf()));
        assertWrongType(check("raportti.exe", pdf()));
    }

    @Test
    void refusesAKindTheAssignmentDoesNotAllowAndNamesTheAllowedOnes() throws IOException {
        Verdict verdict = AttachmentPolicy.check("kuva.png", image("png"), 100, EnumSet.of(Kind.PDF, Kind.OFFICE), TEN_MB);

        assertWrongType(verdict);
        assertThat(verdict.args()).containsExactly("pdf, office");
    }

    @Test
    void refusesAnOversizeUploadBeforeLookingAtItsBytes() {
        Verdict verdict = AttachmentPolicy.check("raportti.pdf", pdf(), TEN_MB + 1, ALL, TEN_MB);

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problemKey()).isEqualTo("attachment.too-large");
        assertThat(verdict.args()).containsExactly(10.0);
        assertThat(AttachmentPolicy.check("x.exe", new byte[0], TEN_MB + 1, ALL, TEN_MB).problemKey())
                .isEqualTo("attachment.too-large");
    }

    @Test
    void acceptsAnUploadOfExactlyTheLimit() {
        assertThat(AttachmentPolicy.check("raportti.pdf", pdf(), TEN_MB, ALL, TEN_MB).accepted()).isTrue();
    }

    @Test
    void tikaCoreAloneSeesOnlyTheContainerOfOoxmlAndOle2Files() throws IOException {
        // What the name-picks-the-format rule relies on; an upgrade or tika-parsers on the classpath would change it.
        Tika tika = new Tika();
        assertThat(tika.detect(docx())).isEqualTo("application/x-tika-ooxml");
        assertThat(tika.detect(ole2())).isEqualTo("application/x-tika-msoffice");
        assertThat(tika.detect(odf("application/vnd.oasis.opendocument.text")))
                .isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void readsAssignmentKindsFromFrontMatterWords() {
        assertThat(Kind.fromKey("pdf")).isEqualTo(Kind.PDF);
        assertThat(Kind.fromKey(" Office ")).isEqualTo(Kind.OFFICE);
        assertThatIllegalArgumentException().isThrownBy(() -> Kind.fromKey("video"));
    }

    @Test
    void safeFileNameCannotBeAPathAndKeepsFinnishLetters() {
        String safe = AttachmentPolicy.safeFileName("../../etc/pässwörd.pdf");

        assertThat(safe).doesNotContain("/", "\\", "..").contains("pässwörd").isEqualTo("pässwörd.pdf");
        assertThat(AttachmentPolicy.safeFileName("C:\\fakepath\\raportti.pdf")).isEqualTo("raportti.pdf");
    }

    @Test
    void safeFileNameKeepsAFinnishReportTitle() {
        assertThat(AttachmentPolicy.safeFileName("Äänekosken koulun hanke – raportti.pdf"))
                .isEqualTo("Äänekosken koulun hanke - raportti.pdf");
    }

    @Test
    void safeFileNameComposesDecomposedLettersAndReplacesControlCharacters() {
        assertThat(AttachmentPolicy.safeFileName("A\u0308ike\u0301 \u0000\u202Efdp.exe\tx.pdf"))
                .isEqualTo("Äiké __fdp.exe_x.pdf");
    }

    @Test
    void safeFileNameIsNeverEmptyNorHidden() {
        assertThat(AttachmentPolicy.safeFileName("")).isEqualTo("attachment");
        assertThat(AttachmentPolicy.safeFileName("..")).isEqualTo("attachment");
        assertThat(AttachmentPolicy.safeFileName("dir/")).isEqualTo("attachment");
        assertThat(AttachmentPolicy.safeFileName(".htaccess")).isEqualTo("htaccess");
        assertThat(AttachmentPolicy.safeFileName("raportti..pdf")).isEqualTo("raportti.pdf");
    }

    @Test
    void safeFileNameCapsTheLengthButKeepsTheExtension() {
        String safe = AttachmentPolicy.safeFileName("ö".repeat(300) + ".docx");

        assertThat(safe).hasSize(120).endsWith("ö.docx").startsWith("ööö");
    }

    private static Verdict check(String name, byte[] bytes) {
        return AttachmentPolicy.check(name, bytes, bytes.length, ALL, TEN_MB);
    }

    private static void assertAccepted(Verdict verdict, String mediaType) {
        assertThat(verdict.accepted()).as("accepted").isTrue();
        assertThat(verdict.mediaType()).isEqualTo(mediaType);
        assertThat(verdict.problemKey()).isNull();
    }

    private static void assertWrongType(Verdict verdict) {
        assertThat(verdict.accepted()).as("accepted").isFalse();
        assertThat(verdict.problemKey()).isEqualTo("attachment.wrong-type");
        assertThat(verdict.mediaType()).isNull();
    }

    private static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("ImageIO writes " + format).isTrue();
        return out.toByteArray();
    }

    private static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                          <Default Extension="xml" ContentType="application/xml"/>
                          <Override PartName="/word/document.xml"
                            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                        </Types>""",
                "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                          <Relationship Id="rId1" Target="word/document.xml"
                            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                        </Relationships>""",
                "word/document.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                          <w:body><w:p><w:r><w:t>Hankkeen tavoitteet</w:t></w:r></w:p></w:body>
                        </w:document>""");
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** An OpenDocument file as LibreOffice writes it: an uncompressed "mimetype" entry first. */
    private static byte[] odf(String mediaType) throws IOException {
        byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        ZipEntry mimetype = new ZipEntry("mimetype");
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(type.length);
        mimetype.setCrc(crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The start of an OLE2 compound file, the container of .doc, .xls and .ppt. */
    private static byte[] ole2() {
        byte[] bytes = new byte[512];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    /** The start of a Windows executable: "MZ", then a DOS header. */
    private static byte[] executable() {
        byte[] bytes = new byte[128];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        bytes[60] = 64;
        bytes[64] = 'P';
        bytes[65] = 'E';
        return bytes;
    }
}
