package fi.polku.schools.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.schools.KitViews;
import fi.polku.schools.Kits;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The kits a training unit lends to schools, for everyone signed in; learners ask for one from here. */
@Route("kits")
@Menu(order = 60, icon = "vaadin:toolbox", title = "menu.kits")
@PermitAll
class KitCatalogView extends Main implements HasDynamicTitle {

    final Div cards = new Div();

    KitCatalogView(Kits kits, CurrentUser currentUser) {
        addClassName("page");
        UserAccount me = currentUser.require();
        boolean keeper = me.hasRole(Role.FACILITATOR) || me.hasRole(Role.ADMIN);
        add(new H1(getTranslation("menu.kits")), new Paragraph(getTranslation("kits.intro")));
        Div links = new Div();
        links.addClassName("toolbar");
        links.getStyle().set("display", "flex");
        if (keeper) {
            links.add(buttonLink("kits/edit", "kits.new"), new Anchor("kits/desk", getTranslation("menu.kits-desk")));
        }
        if (me.hasRole(Role.LEARNER)) {
            links.add(new Anchor("kits/mine", getTranslation("menu.kits-mine")));
        }
        add(links);
        List<KitViews.Kit> all = kits.catalogue();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation(keeper ? "kits.empty-keeper" : "kits.empty")));
        }
        cards.addClassName("course-cards");
        all.forEach(k -> cards.add(card(k, me.hasRole(Role.LEARNER), keeper)));
        add(cards);
    }

    private Div card(KitViews.Kit kit, boolean learner, boolean keeper) {
        Div card = new Div();
        card.addClassName("course-card");
        if (kit.photoVersion() != null) {
            card.add(photo(kit, getTranslation("kits.photo-of", kit.name())));
        }
        Span quantity = new Span(getTranslation("kits.quantity-value", kit.quantity()));
        quantity.addClassName("badge");
        Paragraph contents = new Paragraph(kit.contents());
        contents.addClassName("pre-line");
        Div actions = new Div(new Anchor("kits/" + kit.id(), getTranslation("kits.open-guide")));
        actions.addClassName("toolbar");
        actions.getStyle().set("display", "flex");
        if (learner) {
            actions.addComponentAsFirst(buttonLink("kits/" + kit.id(), "kits.request"));
        }
        if (keeper) {
            actions.add(new Anchor("kits/edit/" + kit.id(), getTranslation("kits.edit")));
        }
        card.add(new H2(new Anchor("kits/" + kit.id(), kit.name()), quantity), contents, actions);
        return card;
    }

    static Image photo(KitViews.Kit kit, String alt) {
        Image image = new Image("kit-photos/" + kit.id() + "?v=" + kit.photoVersion(), alt);
        image.getStyle().set("width", "100%").set("max-height", "16rem").set("object-fit", "cover")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return image;
    }

    private Anchor buttonLink(String href, String key) {
        Anchor link = new Anchor(href, getTranslation(key));
        link.addClassName("button-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.kits") + " · Polku";
    }
}
