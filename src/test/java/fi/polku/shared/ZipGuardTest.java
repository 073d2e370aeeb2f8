package fi.polku.shared;

import fi.polku.support.HostileFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ZipGuardTest {

    @Test
    void aZipBombInAWordFileIsRefusedLongBeforeItIsInflated() {
        byte[] bomb = HostileFiles.docxBomb(100);
        assertThat(bomb.length).as("a hundred megabytes in a file small enough to upload").isLessThan(1024 * 1024);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(ZipGuard.DEFAULT, bomb, "upload.archive-ratio"));
    }

    @Test
    void anArchiveWithinAnArchiveWithinAnOfficeFileIsRefused() {
        refused(ZipGuard.DEFAULT, HostileFiles.docxWithNestedZip(), "upload.archive-nested");
    }

    @Test
    void anOfficeFileEmbeddingAnotherOneIsAcceptedAsPowerPointDoesWithCharts() {
        byte[] workbook = HostileFiles.zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)));
        assertThatCode(() -> ZipGuard.DEFAULT.check(new ByteArrayInputStream(
                HostileFiles.docx(Map.of("word/embeddings/Chart.xlsx", workbook))))).doesNotThrowAnyException();
    }

    @Test
    void tooManyEntriesOrTooManyBytesAltogetherAreRefusedEvenAtAnInnocentRatio() {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            many.put("part" + i + ".xml", new byte[0]);
        }
        refused(new ZipGuard(100, 1 << 30, 100), HostileFiles.zip(many), "upload.archive-too-many-entries");

        byte[] noise = new byte[300 * 1024];
        new Random(9).nextBytes(noise);
        Map<String, byte[]> large = Map.of("a.bin", noise, "b.bin", noise, "c.bin", noise, "d.bin", noise);
        refused(new ZipGuard(100, 1024 * 1024, 100), HostileFiles.zip(large), "upload.archive-too-large");
    }

    @Test
    void aRealOfficeFileIsAcceptedAndWhatIsNoZipIsRefusedAsBroken() {
        assertThatCode(() -> ZipGuard.DEFAULT.check(new ByteArrayInputStream(HostileFiles.docx(Map.of()))))
                .doesNotThrowAnyException();
        refused(ZipGuard.DEFAULT, HostileFiles.html(), "upload.archive-broken");
        byte[] docx = HostileFiles.docx(Map.of());
        refused(ZipGuard.DEFAULT, java.util.Arrays.copyOf(docx, docx.length / 2 + 40), "upload.archive-broken");
    }

    private static void refused(ZipGuard guard, byte[] content, String key) {
        assertThatThrownBy(() -> guard.check(new ByteArrayInputStream(content))).isInstanceOf(UploadRefused.class)
                .extracting(e -> ((UploadRefused) e).messageKey()).isEqualTo(key);
    }
}
