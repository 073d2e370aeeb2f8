package fi.polku.community.internal;

import fi.polku.community.Gallery.Form;
import fi.polku.community.Gallery.Tag;
import fi.polku.community.Gallery.TagCategory;
import fi.polku.community.GalleryException;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Checks what an author or commenter typed and names the field at fault, so the form can say what
 * is wrong next to it. Field names: {@code title}, {@code text}, {@code tag-<category>}, {@code comment}.
 */
final class GalleryForms {

    private GalleryForms() {
    }

    static void check(Form form) {
        if (form.title().isBlank()) {
            throw new GalleryException("title", "gallery.title-required");
        }
        if (form.title().strip().length() > GalleryEntry.MAX_TITLE) {
            throw new GalleryException("title", "gallery.too-long", GalleryEntry.MAX_TITLE);
        }
        if (form.text().isBlank()) {
            throw new GalleryException("text", "gallery.text-required");
        }
        if (form.text().length() > GalleryEntry.MAX_BODY) {
            throw new GalleryException("text", "gallery.too-long", GalleryEntry.MAX_BODY);
        }
    }

    /** Normalised, blank ones dropped, duplicates merged ("Robotiikka" and " robotiikka" are one). */
    static Set<Tag> tags(Form form) {
        Set<Tag> all = new LinkedHashSet<>();
        for (TagCategory category : TagCategory.values()) {
            Set<Tag> inCategory = new LinkedHashSet<>();
            for (String typed : form.tags().getOrDefault(category, Set.of())) {
                Tag tag = Tag.of(category, typed);
                if (tag.value().length() > Tag.MAX_LENGTH) {
                    throw new GalleryException("tag-" + category.key(), "gallery.tag-too-long", Tag.MAX_LENGTH);
                }
                if (!tag.value().isEmpty()) {
                    inCategory.add(tag);
                }
            }
            if (inCategory.size() > GalleryEntry.MAX_TAGS_PER_CATEGORY) {
                throw new GalleryException("tag-" + category.key(), "gallery.too-many-tags",
                        GalleryEntry.MAX_TAGS_PER_CATEGORY);
            }
            all.addAll(inCategory);
        }
        return all;
    }

    static String comment(String markdown) {
        if (markdown.isBlank()) {
            throw new GalleryException("comment", "gallery.comment-required");
        }
        if (markdown.strip().length() > GalleryComment.MAX_BODY) {
            throw new GalleryException("comment", "gallery.too-long", GalleryComment.MAX_BODY);
        }
        return markdown.strip();
    }
}
