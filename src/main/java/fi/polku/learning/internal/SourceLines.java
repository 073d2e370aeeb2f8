package fi.polku.learning.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Turns the parser's character positions into the 1-based line numbers an editor shows. */
final class SourceLines {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    SourceLines(String text) {
        this.text = text;
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                starts.add(i + 1);
            }
        }
    }

    int lineAt(long position) {
        int at = (int) position;
        // A record's position is where the parser began, before the blank lines it skipped.
        while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
            at++;
        }
        int found = Collections.binarySearch(starts, at);
        return found >= 0 ? found + 1 : -found - 1;
    }

    int startOf(int line) {
        return starts.get(Math.min(line, starts.size()) - 1);
    }
}
