package fi.polku.peerreview.internal;

import fi.polku.shared.SafeFileName;
import fi.polku.shared.UploadGuard;
import fi.polku.shared.UploadRefused;
import fi.polku.shared.ZipGuard;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Map.entry;

/**
 * Decides whether an uploaded file may become a project attachment. The bytes say what a file is;
 * the name must agree with them, and picks the format only where the bytes show a container that
 * tika-core alone cannot look into (a .docx and an .xlsx are both OOXML zips, a .doc and an .xls
 * both OLE2 files). Tika is asked about the bytes without the name on purpose: given both, it
 * lets a name like {@code x.docx} turn any zip, or even an empty file named {@code x.pdf}, into
 * the named type.
 */
public final class AttachmentPolicy {

    /** The kinds an assignment's front matter may allow, as {@code pdf}, {@code image}, {@code office}. */
    public enum Kind {
        PDF, IMAGE, OFFICE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromKey(String key) {
            for (Kind kind : values()) {
                if (kind.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Not an attachment kind: " + key);
        }
    }

    /** Accepted with the media type to store and serve, or refused with a message key and its arguments. */
    public record Verdict(boolean accepted, @Nullable String mediaType, @Nullable String problemKey, Object[] args) {
        public Verdict {
            if (accepted ? mediaType == null || problemKey != null : problemKey == null) {
                throw new IllegalArgumentException("An accepted verdict has a media type, a refused one a problem");
            }
            args = args.clone();
        }
    }

    /** How many leading bytes {@link #detect} needs: Tika's magic looks no further. */
    public static final int SNIFF_BYTES = MimeTypes.getDefaultMimeTypes().getMinLength();

    private record Format(Kind kind, String mediaType) {}

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final String DOC = "application/msword";
    private static final String XLS = "application/vnd.ms-excel";
    private static final String PPT = "application/vnd.ms-powerpoint";

    // No image/svg+xml: an SVG can carry script.
    private static final Map<String, Format> BY_EXTENSION = Map.ofEntries(
            entry("pdf", new Format(Kind.PDF, "application/pdf")),
            entry("png", new Format(Kind.IMAGE, "image/png")),
            entry("jpg", new Format(Kind.IMAGE, "image/jpeg")),
            entry("jpeg", new Format(Kind.IMAGE, "image/jpeg")),
            entry("gif", new Format(Kind.IMAGE, "image/gif")),
            entry("webp", new Format(Kind.IMAGE, "image/webp")),
            entry("docx", new Format(Kind.OFFICE, DOCX)),
            entry("xlsx", new Format(Kind.OFFICE, XLSX)),
            entry("pptx", new Format(Kind.OFFICE, PPTX)),
            entry("odt", new Format(Kind.OFFICE, "application/vnd.oasis.opendocument.text")),
            entry("ods", new Format(Kind.OFFICE, "application/vnd.oasis.opendocument.spreadsheet")),
            entry("odp", new Format(Kind.OFFICE, "application/vnd.oasis.opendocument.presentation")),
            entry("doc", new Format(Kind.OFFICE, DOC)),
            entry("xls", new Format(Kind.OFFICE, XLS)),
            entry("ppt", new Format(Kind.OFFICE, PPT)));

    /**
     * What tika-core reports for containers whose format only the name can name. An OLE2 file
     * named .doc could still be another OLE2 file (an .msi); telling them apart needs tika-parsers.
     */
    private static final Map<String, Set<String>> CONTAINERS = Map.of(
            "application/x-tika-ooxml", Set.of(DOCX, XLSX, PPTX),
            "application/x-tika-msoffice", Set.of(DOC, XLS, PPT));

    private static final Set<String> IMAGE_TYPES = BY_EXTENSION.values().stream()
            .filter(format -> format.kind() == Kind.IMAGE).map(Format::mediaType).collect(Collectors.toSet());

    private static final Set<String> ZIPPED = BY_EXTENSION.values().stream().map(Format::mediaType)
            .filter(type -> type.startsWith("application/vnd.openxmlformats") || type.startsWith("application/vnd.oasis"))
            .collect(Collectors.toSet());

    private static final Tika TIKA = new Tika();

    private static final long MEGABYTE = 1024 * 1024;

    private AttachmentPolicy() {
    }

    /**
     * Judges an upload from its name, its first {@link #SNIFF_BYTES} bytes and the size the client
     * declared; the storage enforces the same limit again while streaming, as a client can lie.
     */
    public static Verdict check(String fileName, byte[] firstBytes, long declaredSize, Set<Kind> allowed,
                                long maxBytes) {
        if (declaredSize > maxBytes) {
            return refused("attachment.too-large", Math.round(maxBytes * 10.0 / MEGABYTE) / 10.0);
        }
        Format claimed = claimed(fileName);
        String mediaType = detect(fileName, firstBytes);
        if (claimed == null || !allowed.contains(claimed.kind()) || !agrees(claimed, mediaType)) {
            String kinds = Arrays.stream(Kind.values()).filter(allowed::contains).map(Kind::key)
                    .collect(Collectors.joining(", "));
            return refused("attachment.wrong-type", kinds);
        }
        return new Verdict(true, mediaType, null, new Object[0]);
    }

    /**
     * The media type of the bytes, made specific by the name only where the bytes show an OOXML
     * or OLE2 container and the name is one of its office formats.
     */
    public static String detect(String fileName, byte[] firstBytes) {
        String byContent = TIKA.detect(firstBytes);
        Format claimed = claimed(fileName);
        if (claimed == null) {
            return byContent;
        }
        if (CONTAINERS.getOrDefault(byContent, Set.of()).contains(claimed.mediaType())) {
            return claimed.mediaType();
        }
        // Tika's OOXML magic only looks at the first zip entry; some writers put another one first.
        if (byContent.equals("application/zip") && CONTAINERS.get("application/x-tika-ooxml")
                .contains(claimed.mediaType()) && OoxmlSniffer.hasContentTypesPart(firstBytes)) {
            return claimed.mediaType();
        }
        return byContent;
    }

    /**
     * Judges a stored file whole, which its first bytes cannot show: an office file (a zip) must
     * not be a decompression bomb, an image must not declare a pixel flood. Throws
     * {@link UploadRefused}; other types pass.
     */
    public static void inspect(String mediaType, InputStream content) {
        if (ZIPPED.contains(mediaType)) {
            ZipGuard.DEFAULT.check(content);
        } else if (IMAGE_TYPES.contains(mediaType)) {
            UploadGuard.checkImage(content);
        }
    }

    /** A display name that can never act as a path; see {@link SafeFileName}. */
    public static String safeFileName(String name) {
        return SafeFileName.of(name);
    }

    /** Images only need to agree in kind: a PNG saved as .jpg is common, harmless, and served by its real type. */
    private static boolean agrees(Format claimed, String mediaType) {
        return claimed.kind() == Kind.IMAGE ? IMAGE_TYPES.contains(mediaType) : claimed.mediaType().equals(mediaType);
    }

    private static @Nullable Format claimed(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : BY_EXTENSION.get(fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT));
    }

    private static Verdict refused(String problemKey, Object... args) {
        return new Verdict(false, null, problemKey, args);
    }
}
