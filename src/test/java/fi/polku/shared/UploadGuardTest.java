package fi.polku.shared;

import fi.polku.support.HostileFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class UploadGuardTest {

    @Test
    void aPixelFloodIsRefusedFromItsHeaderInEveryImageFormatWithoutDecodingIt() {
        // 50000 × 50000 would need about 10 GB decoded; the check must not even try.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            refused(HostileFiles.pngClaiming(50_000, 50_000), "upload.image-too-many-pixels");
            refused(HostileFiles.jpegClaiming(60_000, 60_000), "upload.image-too-many-pixels");
            refused(HostileFiles.webpClaiming(50_000, 50_000), "upload.image-too-many-pixels");
            refused(HostileFiles.pngClaiming(1, 40_000_001), "upload.image-too-many-pixels");
            refused(HostileFiles.pngClaiming(30_000, 10), "upload.image-too-many-pixels");
        });
        assertThatThrownBy(() -> UploadGuard.checkImage(HostileFiles.pngClaiming(50_000, 40_000)))
                .isInstanceOf(UploadRefused.class)
                .satisfies(e -> assertThat(((UploadRefused) e).arguments()).startsWith(50_000, 40_000));
    }

    @Test
    void ordinaryPhotosPassAndSoDoesABigButRealisticOne() {
        assertThatCode(() -> UploadGuard.checkImage(HostileFiles.image("png", 640, 480))).doesNotThrowAnyException();
        assertThatCode(() -> UploadGuard.checkImage(HostileFiles.image("jpeg", 320, 200))).doesNotThrowAnyException();
        assertThatCode(() -> UploadGuard.checkImage(HostileFiles.image("gif", 16, 16))).doesNotThrowAnyException();
        assertThatCode(() -> UploadGuard.checkImage(HostileFiles.webpClaiming(4000, 3000))).doesNotThrowAnyException();
        assertThatCode(() -> UploadGuard.checkImage(HostileFiles.jpegClaiming(8000, 5000))).doesNotThrowAnyException();
    }

    @Test
    void whatIsNoImageAtAllIsRefusedAsUnreadable() {
        refused(HostileFiles.html(), "upload.image-unreadable");
        refused(HostileFiles.exe(), "upload.image-unreadable");
        refused(new byte[0], "upload.image-unreadable");
        refused(java.util.Arrays.copyOf(HostileFiles.image("png", 8, 8), 20), "upload.image-unreadable");
    }

    @Test
    void readingStopsOneByteAfterTheLimitHoweverLongTheStreamIs() {
        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> UploadGuard.readAtMost(endless, 1000))
                .isInstanceOf(UploadRefused.class).hasMessageStartingWith("upload.too-large");
        assertThat(endless.served).isEqualTo(1001);
        assertThat(UploadGuard.readAtMost(new ByteArrayInputStream(new byte[1000]), 1000)).hasSize(1000);
    }

    @Test
    void textMustBeUtf8WithoutNulBytesAndKeepsFinnishLetters() {
        assertThat(UploadGuard.text("\uFEFFnimi;sähköposti\nÄijälä Åsa;a@koulu.fi\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("nimi;sähköposti\nÄijälä Åsa;a@koulu.fi\n");
        assertThatThrownBy(() -> UploadGuard.text(HostileFiles.exe())).hasMessage("upload.not-text");
        assertThatThrownBy(() -> UploadGuard.text(HostileFiles.docx(java.util.Map.of()))).hasMessage("upload.not-text");
        assertThatThrownBy(() -> UploadGuard.text("Äijälä".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessage("upload.not-text");
    }

    private static void refused(byte[] content, String key) {
        assertThatThrownBy(() -> UploadGuard.checkImage(content)).isInstanceOf(UploadRefused.class)
                .extracting(e -> ((UploadRefused) e).messageKey()).isEqualTo(key);
    }

    /** An endless stream that counts what it handed out. */
    private static final class CountingStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
        }
    }
}
