package fi.polku.shared;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;

/**
 * Width and height from a WebP file's first 30 bytes. The JDK has no WebP reader, and the three
 * WebP flavours keep their size in three different places (see Google's "WebP Container
 * Specification"), so the header is read by hand.
 */
final class WebpHeader {

    static final int LENGTH = 30;

    private WebpHeader() {
    }

    static boolean isWebp(byte[] head) {
        return head.length >= 16 && ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP");
    }

    /** {width, height}, or null when the header is cut short or of an unknown flavour. */
    static int @Nullable [] size(byte[] head) {
        if (head.length < LENGTH) {
            return null;
        }
        if (ascii(head, 12, "VP8X")) {
            return new int[] {uint24(head, 24) + 1, uint24(head, 27) + 1};
        }
        if (ascii(head, 12, "VP8L") && (head[20] & 0xff) == 0x2f) {
            long bits = (head[21] & 0xffL) | (head[22] & 0xffL) << 8 | (head[23] & 0xffL) << 16
                    | (head[24] & 0xffL) << 24;
            return new int[] {(int) (bits & 0x3fff) + 1, (int) (bits >> 14 & 0x3fff) + 1};
        }
        if (ascii(head, 12, "VP8 ") && (head[23] & 0xff) == 0x9d && (head[24] & 0xff) == 0x01
                && (head[25] & 0xff) == 0x2a) {
            return new int[] {uint16(head, 26) & 0x3fff, uint16(head, 28) & 0x3fff};
        }
        return null;
    }

    private static boolean ascii(byte[] bytes, int at, String expected) {
        return new String(bytes, at, expected.length(), StandardCharsets.ISO_8859_1).equals(expected);
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int uint24(byte[] b, int at) {
        return uint16(b, at) | (b[at + 2] & 0xff) << 16;
    }
}
