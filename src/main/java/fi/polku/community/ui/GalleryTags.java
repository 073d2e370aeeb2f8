package fi.polku.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fi.polku.community.Gallery.Kind;
import fi.polku.community.Gallery.TagCategory;

import java.util.List;
import java.util.Map;

/** Small pieces the gallery pages share: the kind badge and an entry's tags. */
final class GalleryTags {

    private GalleryTags() {
    }

    static Span kind(Component where, Kind kind) {
        Span badge = new Span(where.getTranslation("gallery.kind." + kind.name().toLowerCase()));
        badge.addClassNames("gallery-kind", "gallery-kind-" + kind.name().toLowerCase());
        return badge;
    }

    /** Tags as text, each with its category for screen readers and a hover title. */
    static Div of(Component where, Map<TagCategory, List<String>> tags) {
        Div list = new Div();
        list.addClassName("gallery-tags");
        tags.forEach((category, values) -> values.forEach(value -> {
            Span tag = new Span(value);
            tag.addClassName("gallery-tag");
            String label = where.getTranslation("gallery.tag." + category.key()) + ": " + value;
            tag.getElement().setAttribute("title", label);
            tag.getElement().setAttribute("aria-label", label);
            list.add(tag);
        }));
        return list;
    }
}
