package fi.polku.schools.internal;

import fi.polku.schools.KitException;
import fi.polku.shared.UploadGuard;
import fi.polku.shared.UploadRefused;
import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Reads an uploaded kit photo and decides whether it may be stored. The bytes say what a file is
 * (never its name or the client's content type), and the size limit is checked while reading, so
 * an oversized upload is cut off after one byte too many, whatever the client declared. An image
 * whose header claims more pixels than a photo has is refused before anything decodes it.
 */
final class KitPhotoPolicy {

    /** No SVG: it can carry script. No GIF: photos only. */
    static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "image/webp");

    private static final Tika TIKA = new Tika();

    record Accepted(String mediaType, byte[] content) {
    }

    private KitPhotoPolicy() {
    }

    static Accepted read(InputStream in, long maxBytes) {
        byte[] content;
        try (in) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > maxBytes) {
            throw new KitException("photo", "kits.error.photo-too-large", megabytes(maxBytes));
        }
        String mediaType = TIKA.detect(content);
        if (content.length == 0 || !ACCEPTED.contains(mediaType)) {
            throw new KitException("photo", "kits.error.photo-type");
        }
        try {
            UploadGuard.checkImage(content);
        } catch (UploadRefused refused) {
            boolean unreadable = refused.messageKey().equals("upload.image-unreadable");
            throw unreadable ? new KitException("photo", "kits.error.photo-type")
                    : new KitException("photo", refused.messageKey(), refused.arguments());
        }
        return new Accepted(mediaType, content);
    }

    static String megabytes(long bytes) {
        return String.valueOf(Math.round(bytes * 10.0 / (1024 * 1024)) / 10.0);
    }
}
