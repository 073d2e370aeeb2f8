package fi.polku.schools.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.schools.KitBookings;
import fi.polku.schools.KitId;
import fi.polku.schools.KitViews;
import fi.polku.schools.Kits;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/** One kit: photo, contents, the pedagogical guide, and for learners the request form. */
@Route("kits/:kitId([0-9a-fA-F-]{36})")
@PermitAll
class KitView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Kits kits;
    private final KitBookings bookings;
    private final CurrentUser currentUser;
    final Div guide = new Div();
    @Nullable KitRequestForm requestForm;
    private String title = "";

    KitView(Kits kits, KitBookings bookings, CurrentUser currentUser) {
        this.kits = kits;
        this.bookings = bookings;
        this.currentUser = currentUser;
        addClassNames("page", "lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        KitId id = KitId.of(event.getRouteParameters().get("kitId").orElseThrow());
        KitViews.Kit kit = kits.kit(id).orElseThrow(NotFoundException::new);
        title = kit.name();
        UserAccount me = currentUser.require();
        removeAll();
        Anchor back = new Anchor("kits", getTranslation("menu.kits"));
        Div breadcrumb = new Div(back);
        breadcrumb.addClassName("breadcrumb");
        add(breadcrumb, new H1(kit.name()));
        if (kit.retired()) {
            add(new Paragraph(getTranslation("kits.retired-notice")));
        }
        if (kit.photoVersion() != null) {
            add(KitCatalogView.photo(kit, getTranslation("kits.photo-of", kit.name())));
        }
        Paragraph contents = new Paragraph(kit.contents());
        contents.addClassName("pre-line");
        add(new H2(getTranslation("kits.contents")), contents,
                new Paragraph(getTranslation("kits.quantity-value", kit.quantity())));
        if (me.hasRole(Role.FACILITATOR) || me.hasRole(Role.ADMIN)) {
            add(new Anchor("kits/edit/" + kit.id(), getTranslation("kits.edit")));
        }
        add(new H2(getTranslation("kits.guide")));
        if (kit.guide().isBlank()) {
            add(new Paragraph(getTranslation("kits.no-guide")));
        } else {
            guide.removeAll();
            guide.add(new Html("<div>" + kit.guideHtml() + "</div>"));
            guide.addClassName("lesson-body");
            add(guide);
        }
        if (me.hasRole(Role.LEARNER) && !kit.retired()) {
            requestForm = new KitRequestForm(bookings, kit, me);
            add(requestForm);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Polku";
    }
}
