package fi.polku.community.internal;

import fi.polku.community.Gallery.Card;
import fi.polku.community.Gallery.Comment;
import fi.polku.community.Gallery.Entry;
import fi.polku.community.Gallery.Tag;
import fi.polku.community.Gallery.TagCategory;
import fi.polku.shared.UntrustedText;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/** Turns gallery entities into the records the views get; learner text leaves here rendered safely. */
final class GalleryReadModels {

    static final int EXCERPT = 220;
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    private GalleryReadModels() {
    }

    /** What the reader may do with an entry, worked out by the service. */
    record Rights(boolean mine, boolean canComment, boolean canModerate, boolean triedByMe) {
        static final Rights PUBLIC = new Rights(false, false, false, false);
    }

    static Card card(GalleryEntry e, String author, int tries, UUID reader) {
        return new Card(e.id(), e.kind(), e.title(), excerpt(e.body()), tagsByCategory(e.tags()), tries, author,
                e.isAuthor(reader), e.withdrawn());
    }

    static Entry entry(GalleryEntry e, String author, int tries, Rights rights, List<Comment> comments) {
        return new Entry(e.id(), e.courseId(), e.kind(), e.title(), UntrustedText.toHtml(e.body()),
                rights.mine() ? e.body() : null, tagsByCategory(e.tags()), e.visibility(),
                rights.mine() ? e.shareToken() : null, author, e.createdAt(), e.withdrawn(), tries,
                rights.triedByMe(), rights.mine(), rights.canComment(), rights.canModerate(), comments);
    }

    static Comment comment(GalleryComment c, Map<UUID, String> names) {
        return new Comment(c.id(), names.getOrDefault(c.authorId(), "?"), UntrustedText.toHtml(c.body()),
                c.createdAt(), c.hidden(), c.hiddenBy() == null ? null : names.getOrDefault(c.hiddenBy(), "?"),
                c.hiddenAt());
    }

    /** Plain text, so a card never renders markup; cut at a word boundary. */
    static String excerpt(String markdown) {
        String text = PLAIN.render(PARSER.parse(markdown)).replaceAll("\\s+", " ").strip();
        if (text.length() <= EXCERPT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT);
        return text.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + " …";
    }

    /** Every category present (possibly empty), tags in alphabetical order. */
    static Map<TagCategory, List<String>> tagsByCategory(Collection<Tag> tags) {
        Map<TagCategory, List<String>> byCategory = new EnumMap<>(TagCategory.class);
        for (TagCategory c : TagCategory.values()) {
            byCategory.put(c, new ArrayList<>(new TreeSet<>(tags.stream()
                    .filter(t -> t.category() == c).map(Tag::value).toList())));
        }
        return byCategory;
    }
}
