package fi.polku.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The XSS payloads of {@code security/xss-payloads.txt}, each also in a "marked" copy whose calls
 * of alert/confirm/prompt/msgbox become {@code __x(n)}: a payload that runs then names itself.
 */
public final class XssCorpus {

    /** A payload, its line-independent number and its marked copy. */
    public record Payload(int id, String text, String marked) {
    }

    private static final Pattern CALL = Pattern.compile(
            "(?:alert|confirm|prompt|msgbox)\\s*(?:\\((?:[^()]|\\([^()]*\\))*\\)|`[^`]*`)");

    private XssCorpus() {
    }

    public static List<Payload> load() {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/security/xss-payloads.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/xss-payloads.txt is missing from the test classpath");
            }
            LinkedHashSet<String> distinct = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.stripTrailing();
                if (!trimmed.isEmpty() && !trimmed.equals("#") && !trimmed.startsWith("# ")) {
                    distinct.add(trimmed.replace('\u23CE', '\n').replace('\u21E5', '\t'));
                }
            }
            List<Payload> payloads = new ArrayList<>();
            for (String text : distinct) {
                int id = payloads.size() + 1;
                payloads.add(new Payload(id, text, CALL.matcher(text).replaceAll(Matcher.quoteReplacement("__x(" + id + ")"))));
            }
            return List.copyOf(payloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
