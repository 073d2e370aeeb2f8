package fi.polku.support;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile uploads made on the spot, so no bomb is ever committed: images whose header claims a
 * pixel flood, zip bombs dressed as office files, archives inside archives.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** A real image of the format, a few pixels large. */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real 8 × 8 PNG whose header (CRC fixed) now declares {@code width × height}. */
    public static byte[] pngClaiming(int width, int height) {
        byte[] png = image("png", 8, 8);
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, width).putInt(20, height); // IHDR data starts after signature, length and type
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }

    /** A real 8 × 8 JPEG whose start-of-frame now declares {@code width × height} (at most 65535 each). */
    public static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = image("jpeg", 8, 8);
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) {
                ByteBuffer.wrap(jpeg).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("No baseline frame header in the JPEG");
    }

    /** The header of an extended WebP declaring a {@code width × height} canvas, and a little padding. */
    public static byte[] webpClaiming(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(56).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
        put24(b, width - 1);
        put24(b, height - 1);
        return b.array();
    }

    private static void put24(ByteBuffer b, int value) {
        b.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }

    /** A zip of the given entries, deflated. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A .docx that Tika and Word would both take for one, with these parts besides its own. */
    public static byte[] docx(Map<String, byte[]> extraParts) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", "<w:document>Hyvä raportti</w:document>".getBytes(StandardCharsets.UTF_8));
        parts.putAll(extraParts);
        return zip(parts);
    }

    /** A .docx whose document part inflates to {@code megabytes} of spaces: a zip bomb in a Word file. */
    public static byte[] docxBomb(int megabytes) {
        byte[] spaces = new byte[megabytes * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        return docx(Map.of("word/media/filler.xml", spaces));
    }

    /** A .docx holding a workbook that holds a zip: an archive two levels down. */
    public static byte[] docxWithNestedZip() {
        byte[] innermost = zip(Map.of("readme.txt", "sisin".getBytes(StandardCharsets.UTF_8)));
        byte[] workbook = zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "xl/embeddings/archive.zip", innermost));
        return docx(Map.of("word/embeddings/Workbook.xlsx", workbook));
    }

    /** A Windows program's first bytes. */
    public static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        ByteBuffer.wrap(exe).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0x3c, 0x80);
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        return exe;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }
}
