package fi.polku.settings.internal;

import fi.polku.settings.SettingsException;
import fi.polku.shared.UploadGuard;
import fi.polku.shared.UploadRefused;
import org.apache.tika.Tika;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Decides whether an uploaded logo may go on certificates. The bytes say what the file is, never its
 * name; the image must also decode, so a broken file is refused now rather than break every PDF later.
 * PNG and JPEG only: those are what the PDF library embeds (no SVG, which can carry script).
 */
final class LogoPolicy {

    static final Set<String> ACCEPTED = Set.of("image/png", "image/jpeg");

    private static final Tika TIKA = new Tika();

    record Accepted(String mediaType, byte[] content) {
    }

    private LogoPolicy() {
    }

    static Accepted read(InputStream in, int maxBytes) {
        byte[] content;
        try (in) {
            content = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > maxBytes) {
            throw new SettingsException("logo", "settings.error.logo-too-large", maxBytes / 1024);
        }
        String mediaType = TIKA.detect(content);
        if (content.length == 0 || !ACCEPTED.contains(mediaType)) {
            throw new SettingsException("logo", "settings.error.logo-type");
        }
        try {
            // Before decoding: a few hundred bytes of PNG may declare 50000 x 50000 pixels, 10 GB decoded.
            UploadGuard.checkImage(content);
        } catch (UploadRefused refused) {
            boolean unreadable = refused.messageKey().equals("upload.image-unreadable");
            throw unreadable ? new SettingsException("logo", "settings.error.logo-type")
                    : new SettingsException("logo", refused.messageKey(), refused.arguments());
        }
        if (!decodes(content)) {
            throw new SettingsException("logo", "settings.error.logo-type");
        }
        return new Accepted(mediaType, content);
    }

    private static boolean decodes(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
