package fi.polku.shared;

import org.jspecify.annotations.Nullable;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * Checks on uploaded bytes that hold for every feature: reading no more than a limit, telling text
 * from binary, and refusing images whose header promises more pixels than a server should ever
 * decode (a "pixel flood": a few hundred bytes of PNG that declare 50000 × 50000 pixels would
 * need 10 GB once decoded). Which types a feature accepts is its own rule, not this class's.
 */
public final class UploadGuard {

    /** About 40 megapixels: more than a phone's photo, decodable in a few hundred megabytes at most. */
    public static final long MAX_PIXELS = 40_000_000L;

    /** No side longer than this, whatever the other: a 1 × 40 000 000 strip is no photo either. */
    public static final int MAX_SIDE = 20_000;

    private UploadGuard() {
    }

    /**
     * Reads the whole stream, but never more than {@code maxBytes + 1} bytes; a longer one is
     * refused with {@code upload.too-large} (its argument the limit in megabytes). Closes the stream.
     */
    public static byte[] readAtMost(InputStream in, int maxBytes) {
        byte[] content;
        try (in) {
            content = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > maxBytes) {
            throw new UploadRefused("upload.too-large", megabytes(maxBytes));
        }
        return content;
    }

    /**
     * The bytes as UTF-8 text (a leading byte-order mark dropped), or {@code upload.not-text} when
     * they are not text: invalid UTF-8 or a NUL byte, as in a program or a spreadsheet renamed .csv.
     */
    public static String text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new UploadRefused("upload.not-text");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UploadRefused("upload.not-text");
        }
    }

    /** {@link #checkImage(InputStream)} on bytes already read. */
    public static void checkImage(byte[] content) {
        checkImage(new ByteArrayInputStream(content));
    }

    /**
     * Reads only an image's header and refuses it with {@code upload.image-too-many-pixels}
     * (arguments: width, height) when it declares more than {@link #MAX_PIXELS} or a side over
     * {@link #MAX_SIDE}, or with {@code upload.image-unreadable} when no header can be read.
     * Decodes no pixels, so the check itself costs nothing however large the claim.
     */
    public static void checkImage(InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in);
        int[] size;
        try {
            buffered.mark(WebpHeader.LENGTH);
            byte[] head = buffered.readNBytes(WebpHeader.LENGTH);
            buffered.reset();
            size = WebpHeader.isWebp(head) ? WebpHeader.size(head) : imageIoSize(buffered);
        } catch (IOException e) {
            size = null;
        }
        if (size == null) {
            throw new UploadRefused("upload.image-unreadable");
        }
        int width = size[0];
        int height = size[1];
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
                || (long) width * height > MAX_PIXELS) {
            throw new UploadRefused("upload.image-too-many-pixels", width, height,
                    Math.round(MAX_PIXELS / 1_000_000.0));
        }
    }

    /** Width and height from the header of any format ImageIO reads (PNG, JPEG, GIF, BMP), or null. */
    private static int @Nullable [] imageIoSize(InputStream in) {
        try (ImageInputStream image = ImageIO.createImageInputStream(in)) {
            if (image == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(image);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(image, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public static String megabytes(long bytes) {
        return String.valueOf(Math.round(bytes * 10.0 / (1024 * 1024)) / 10.0);
    }
}
