package fi.polku.peerreview.internal;

import java.nio.charset.StandardCharsets;

/**
 * Finds an OOXML package's {@code [Content_Types].xml} among a zip's first local file headers.
 * Reads the headers in place rather than through {@code ZipInputStream}, so looking never inflates
 * anything a hostile zip could make huge.
 */
final class OoxmlSniffer {

    private static final byte[] NAME = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 30;
    private static final int NAME_LENGTH_AT = 26;

    private OoxmlSniffer() {
    }

    static boolean hasContentTypesPart(byte[] bytes) {
        for (int at = HEADER; at + NAME.length <= bytes.length; at++) {
            if (nameAt(bytes, at) && localHeaderAt(bytes, at - HEADER)
                    && littleEndianShort(bytes, at - HEADER + NAME_LENGTH_AT) == NAME.length) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameAt(byte[] bytes, int at) {
        for (int i = 0; i < NAME.length; i++) {
            if (bytes[at + i] != NAME[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean localHeaderAt(byte[] bytes, int at) {
        return bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 3 && bytes[at + 3] == 4;
    }

    private static int littleEndianShort(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }
}
