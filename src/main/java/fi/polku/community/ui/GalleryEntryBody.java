package fi.polku.community.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import fi.polku.community.Gallery;
import fi.polku.shared.DisplayZone;
import fi.polku.shared.LocalFormats;

import java.time.format.FormatStyle;

/** An entry as everyone reads it, signed in or by public link: kind, title, author, tags and text. */
class GalleryEntryBody extends Div {

    final Span tries = new Span();

    GalleryEntryBody(Gallery.Entry entry) {
        addClassName("gallery-entry");
        var date = LocalFormats.date(FormatStyle.LONG, getLocale())
                .withZone(DisplayZone.get());
        Span by = new Span(getTranslation("gallery.by", entry.author(), date.format(entry.publishedAt())));
        by.addClassName("muted");
        tries.addClassName("gallery-tries");
        tries.setText(getTranslation("gallery.tries", entry.tries()));
        Div meta = new Div(GalleryTags.kind(this, entry.kind()), by, tries);
        meta.addClassName("gallery-meta");
        // the html comes from the untrusted-text renderer: raw HTML escaped, unsafe links dropped
        Html text = new Html("<div class=\"learner-text gallery-text\">" + entry.html() + "</div>");
        add(meta, new H1(entry.title()), GalleryTags.of(this, entry.tags()), text);
    }
}
