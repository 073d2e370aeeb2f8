package fi.polku.schools.internal;

import fi.polku.schools.KitException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a kit photo may be: JPEG, PNG or WebP by its bytes, and no larger than the limit. */
class KitPhotoPolicyTest {

    static final long LIMIT = 64 * 1024;

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x1f6f5c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** An extended WebP's head: the container and the canvas size, which is what the policy reads. */
    static byte[] webp() {
        return fi.polku.support.HostileFiles.webpClaiming(40, 30);
    }

    static void refused(InputStream in, String key) {
        assertThatThrownBy(() -> KitPhotoPolicy.read(in, LIMIT)).isInstanceOf(KitException.class)
                .extracting(e -> ((KitException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void acceptsJpegPngAndWebpByTheirBytes() throws IOException {
        assertThat(KitPhotoPolicy.read(new ByteArrayInputStream(image("png")), LIMIT).mediaType()).isEqualTo("image/png");
        assertThat(KitPhotoPolicy.read(new ByteArrayInputStream(image("jpg")), LIMIT).mediaType()).isEqualTo("image/jpeg");
        assertThat(KitPhotoPolicy.read(new ByteArrayInputStream(webp()), LIMIT).mediaType()).isEqualTo("image/webp");
    }

    @Test
    void refusesWhatIsNotAPhotoWhateverItIsCalled() throws IOException {
        refused(new ByteArrayInputStream("<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8)),
                "kits.error.photo-type");
        refused(new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)), "kits.error.photo-type");
        refused(new ByteArrayInputStream(image("gif")), "kits.error.photo-type");
        refused(new ByteArrayInputStream(new byte[0]), "kits.error.photo-type");
        byte[] riffWithoutFrame = java.util.Arrays.copyOf(webp(), 16);
        refused(new ByteArrayInputStream(riffWithoutFrame), "kits.error.photo-type");
    }

    @Test
    void stopsReadingOneByteAfterTheLimitWhateverTheClientDeclared() {
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 0x42;
            }
        };
        refused(endless, "kits.error.photo-too-large");
        assertThat(read.get()).isEqualTo(LIMIT + 1);
    }

    @Test
    void aPhotoOfExactlyTheLimitPasses() throws IOException {
        byte[] png = image("png");
        byte[] padded = java.util.Arrays.copyOf(png, (int) LIMIT);
        assertThat(KitPhotoPolicy.read(new ByteArrayInputStream(padded), LIMIT).content()).hasSize((int) LIMIT);
    }
}
