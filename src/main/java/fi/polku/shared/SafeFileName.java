package fi.polku.shared;

import java.text.Normalizer;

/**
 * Turns an uploaded file's name into one fit to show and to offer in a download, keeping ä, ö and å.
 * It is never used as a path (files are stored under generated keys), but it is built so that it
 * could not act as one anyway: no separators, no {@code ..}, no leading dot, no control characters.
 */
public final class SafeFileName {

    public static final int MAX_LENGTH = 120;
    public static final String FALLBACK = "attachment";

    /** Longer "extensions" are more likely part of the name, and cutting them would lose the name instead. */
    private static final int MAX_EXTENSION = 10;

    private SafeFileName() {
    }

    public static String of(String name) {
        // Browsers on Windows used to send the whole client path; the last segment is what the learner named.
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        String last = nfc.substring(Math.max(nfc.lastIndexOf('/'), nfc.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        last.codePoints().forEach(cp -> kept.appendCodePoint(keep(cp)));
        String cleaned = kept.toString().replaceAll("\\.{2,}", ".").replaceAll("^[. ]+|[. ]+$", "");
        return shorten(cleaned.isEmpty() ? FALLBACK : cleaned);
    }

    private static int keep(int cp) {
        if (Character.isLetterOrDigit(cp) || isCombiningMark(cp) || " .-_()".indexOf(cp) >= 0) {
            return cp;
        }
        return Character.getType(cp) == Character.DASH_PUNCTUATION ? '-' : '_';
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot - 1 <= MAX_EXTENSION ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        String cut = base.substring(0, base.offsetByCodePoints(0, keep)).replaceAll("[. ]+$", "");
        return cut + extension;
    }
}
