package fi.polku.security;

import fi.polku.support.XssCorpus.Payload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Packs the marked corpus into what each field accepts, and keeps count of which payloads went
 * into which field, so the report can say "all 331 through discussion posts, 298 through names".
 */
final class XssSeed {

    /** A field's text and the payload ids it carries. */
    record Piece(String text, List<Integer> ids) {
    }

    private final List<Payload> corpus;
    private final Map<String, Set<Integer>> planted = new LinkedHashMap<>();

    XssSeed(List<Payload> corpus) {
        this.corpus = corpus;
    }

    /**
     * Greedy packing of the marked payloads into pieces of at most {@code max} characters joined by
     * {@code separator}; a payload longer than {@code max} on its own cannot enter the field and is left out.
     */
    List<Piece> pack(int max, String separator) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> ids = new ArrayList<>();
        for (Payload p : corpus) {
            if (p.marked().length() > max) {
                continue;
            }
            if (!ids.isEmpty() && text.length() + separator.length() + p.marked().length() > max) {
                pieces.add(new Piece(text.toString(), List.copyOf(ids)));
                text.setLength(0);
                ids.clear();
            }
            text.append(ids.isEmpty() ? "" : separator).append(p.marked());
            ids.add(p.id());
        }
        if (!ids.isEmpty()) {
            pieces.add(new Piece(text.toString(), List.copyOf(ids)));
        }
        return pieces;
    }

    /** Fields that hold one short value each (tags): every payload that fits, one a piece. */
    List<Piece> singles(int max) {
        return corpus.stream().filter(p -> p.marked().strip().length() <= max)
                .map(p -> new Piece(p.marked(), List.of(p.id()))).toList();
    }

    /** Markdown fields: one payload a paragraph, so block-level payloads start a block as typed. */
    List<Piece> markdown(int max) {
        return pack(max, "\n\n");
    }

    /** Records that this piece was saved into the field (after the service accepted it). */
    String planted(String field, Piece piece) {
        planted.computeIfAbsent(field, f -> new TreeSet<>()).addAll(piece.ids());
        return piece.text();
    }

    Map<String, Set<Integer>> fields() {
        return planted;
    }
}
