package fi.polku.community.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fi.polku.content.CourseCatalog;
import fi.polku.content.CourseSummary;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The menu's way into the galleries: one per course, straight to it when there is only one course. */
@Route("gallery")
@Menu(order = 35, icon = "vaadin:lightbulb", title = "menu.gallery")
@PermitAll
class GalleryIndexView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;

    GalleryIndexView(CourseCatalog catalog) {
        this.catalog = catalog;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<CourseSummary> courses = catalog.courses(getLocale());
        if (courses.size() == 1) {
            event.forwardTo(GalleryView.class, new RouteParameters("courseId", courses.getFirst().id()));
            return;
        }
        removeAll();
        add(new H1(getTranslation("menu.gallery")), new Paragraph(getTranslation("gallery.intro")));
        Div cards = new Div();
        cards.addClassName("course-cards");
        courses.forEach(c -> {
            Div card = new Div(new H2(new Anchor("gallery/" + c.id(), c.title())));
            card.addClassName("course-card");
            cards.add(card);
        });
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.gallery") + " · Polku";
    }
}
