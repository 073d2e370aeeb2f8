package fi.polku.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules a new password must meet; shared by the service and the forms. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** Digits and punctuation people add to a common word to pass a length rule; guessers add them too. */
    private static final Pattern DECORATION = Pattern.compile("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$");

    private PasswordPolicy() {
    }

    /** @return the translation key of the first broken rule, empty when the password is acceptable */
    public static Optional<String> problem(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("register.password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("register.password.too-long");
        }
        if (isCommon(password)) {
            return Optional.of("register.password.common");
        }
        return Optional.empty();
    }

    /**
     * Whether the password, ignoring case, is a well-known one, also with digits or punctuation
     * around it. Digits alone count too: dates and runs like 1234567890 are what guessers try first.
     */
    static boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(Character::isDigit)) {
            return true;
        }
        String core = DECORATION.matcher(lower).replaceAll("");
        return Common.PASSWORDS.contains(lower) || Common.PASSWORDS.contains(core);
    }

    /** Loaded on first use: the list is read once and only by code that checks passwords. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("common-passwords.txt is missing from the classpath");
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
