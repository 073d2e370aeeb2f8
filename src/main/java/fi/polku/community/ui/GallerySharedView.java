package fi.polku.community.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.polku.community.Gallery;
import fi.polku.shared.ui.LanguageSwitch;

/**
 * Public: an entry its author shares by link, for anyone holding the link, signed in or not. Outside
 * the main layout, which is for signed-in people. Comments are not shown: their writers did not
 * choose to be seen outside Polku.
 */
@Route(value = "gallery/shared/:token", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/gallery.css")
class GallerySharedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div content = new Div();
    private final Gallery gallery;
    private String title = "";

    GallerySharedView(Gallery gallery) {
        this.gallery = gallery;
        addClassNames("page", "lesson-page", "gallery-page", "gallery-shared");
        Paragraph brand = new Paragraph("Polku");
        brand.addClassName("brand");
        add(brand, content, new LanguageSwitch(l -> { }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        content.removeAll();
        gallery.shared(token).ifPresentOrElse(entry -> {
            title = entry.title();
            content.add(new GalleryEntryBody(entry));
        }, () -> {
            title = getTranslation("gallery.not-available");
            Paragraph gone = new Paragraph(getTranslation("gallery.link-gone"));
            gone.addClassName("notice");
            content.add(gone);
        });
    }

    @Override
    public String getPageTitle() {
        return title + " · Polku";
    }
}
