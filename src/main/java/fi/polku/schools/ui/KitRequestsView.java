package fi.polku.schools.ui;

import fi.polku.shared.ui.Confirmation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.schools.KitBookingStatus;
import fi.polku.schools.KitBookings;
import fi.polku.schools.KitException;
import fi.polku.schools.KitViews;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/** A learner's own kit requests and where each stands; a pending one can be cancelled. */
@Route("kits/mine")
@Menu(order = 61, icon = "vaadin:calendar-user", title = "menu.kits-mine")
@RolesAllowed("LEARNER")
class KitRequestsView extends Main implements HasDynamicTitle {

    final Div list = new Div();
    private final KitBookings bookings;

    KitRequestsView(KitBookings bookings) {
        this.bookings = bookings;
        addClassName("page");
        list.addClassName("course-cards");
        add(new H1(getTranslation("menu.kits-mine")), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<KitViews.Booking> mine = bookings.mine();
        if (mine.isEmpty()) {
            list.add(new Div(new Paragraph(getTranslation("kits.mine-empty")),
                    new Anchor("kits", getTranslation("kits.browse"))));
        }
        for (KitViews.Booking b : mine) {
            KitBookingCard card = new KitBookingCard(b, false);
            card.addAction(new Anchor("kits/" + b.kitId(), getTranslation("kits.open-guide")));
            if (b.status() == KitBookingStatus.PENDING) {
                Button cancel = new Button(getTranslation("kits.cancel"), e -> Confirmation.ask(this,
                        getTranslation("kits.cancel"), getTranslation("kits.cancel-confirm", b.kitName()),
                        getTranslation("kits.cancel"), () -> {
                            try {
                                bookings.cancel(b.id());
                            } catch (KitException problem) {
                                KitProblems.show(this, problem, Map.of());
                            }
                            refresh();
                        }));
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                card.addAction(cancel);
            }
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.kits-mine") + " · Polku";
    }
}
