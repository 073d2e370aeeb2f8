package fi.polku.certificates.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes: 17 characters from 30 that cannot be mistaken for each other (no 0/O, 1/I/L,
 * U), 83 bits of randomness, printed in groups: {@code 7KQ4-MZ2R-H9XW-T3PB-E}. Typed codes are
 * normalised, so case, spaces and dashes do not matter.
 */
final class VerificationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 17;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The canonical form of what someone typed, or the empty string when it cannot be a code. */
    static String normalise(String typed) {
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return "";
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(plain.charAt(i));
        }
        return code.toString();
    }
}
