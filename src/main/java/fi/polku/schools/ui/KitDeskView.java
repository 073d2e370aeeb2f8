package fi.polku.schools.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.schools.KitBookingStatus;
import fi.polku.schools.KitBookings;
import fi.polku.schools.KitException;
import fi.polku.schools.KitViews;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The facilitators' lending desk: requests with the pending ones first, approve or decline, mark
 * handed out and returned. Cards rather than a grid, so a phone shows the whole request.
 */
@Route("kits/desk")
@Menu(order = 62, icon = "vaadin:clipboard-check", title = "menu.kits-desk")
@RolesAllowed({"FACILITATOR", "ADMIN"})
class KitDeskView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 30;

    final Select<Optional<KitBookingStatus>> filter = new Select<>();
    final Div list = new Div();
    final Button more = new Button();
    private final KitBookings bookings;
    private int shown;

    KitDeskView(KitBookings bookings) {
        this.bookings = bookings;
        addClassName("page");
        filter.setLabel(getTranslation("kits.filter"));
        List<Optional<KitBookingStatus>> choices = new java.util.ArrayList<>();
        choices.add(Optional.empty());
        Arrays.stream(KitBookingStatus.values()).map(Optional::of).forEach(choices::add);
        filter.setItems(choices);
        filter.setItemLabelGenerator(s -> s.map(x -> getTranslation(x.messageKey()))
                .orElseGet(() -> getTranslation("kits.all")));
        filter.setValue(Optional.empty());
        filter.addValueChangeListener(e -> {
            // the filter lives in the URL, so a reload or a shared link shows the same list
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    "kits/desk" + e.getValue().map(st -> "?status=" + st.name().toLowerCase(Locale.ROOT)).orElse("")));
            refresh();
        });
        list.addClassName("course-cards");
        more.setText(getTranslation("kits.more"));
        more.addClickListener(e -> load());
        add(new H1(getTranslation("menu.kits-desk")), filter, list, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<KitBookingStatus> status = event.getLocation().getQueryParameters().getSingleParameter("status")
                .flatMap(s -> Arrays.stream(KitBookingStatus.values())
                        .filter(x -> x.name().equalsIgnoreCase(s)).findFirst());
        if (!status.equals(filter.getValue())) {
            filter.setValue(status);
        } else {
            refresh();
        }
    }

    void refresh() {
        list.removeAll();
        shown = 0;
        load();
        if (shown == 0) {
            list.add(new Paragraph(getTranslation(filter.getValue().isPresent() ? "kits.desk-none-filtered"
                    : "kits.desk-empty")));
        }
    }

    private void load() {
        List<KitViews.Booking> page = bookings.desk(filter.getValue(), shown, PAGE);
        page.forEach(b -> list.add(card(b)));
        shown += page.size();
        more.setVisible(shown < bookings.count(filter.getValue()));
    }

    private KitBookingCard card(KitViews.Booking b) {
        KitBookingCard card = new KitBookingCard(b, true);
        switch (b.status()) {
            case PENDING -> {
                card.addAction(action("kits.approve", ButtonVariant.LUMO_PRIMARY, () -> bookings.approve(b.id())));
                card.addAction(declineButton(b));
            }
            case APPROVED -> {
                card.addAction(action("kits.hand-out", ButtonVariant.LUMO_PRIMARY, () -> bookings.handOut(b.id())));
                card.addAction(declineButton(b));
            }
            case HANDED_OUT -> card.addAction(action("kits.mark-returned", ButtonVariant.LUMO_PRIMARY,
                    () -> bookings.markReturned(b.id())));
            default -> { }
        }
        return card;
    }

    private Button action(String key, ButtonVariant variant, Supplier<KitViews.Booking> step) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                KitViews.Booking done = step.get();
                Notification.show(getTranslation("kits.done", done.kitName(),
                        getTranslation(done.status().messageKey())));
                refresh();
            } catch (KitException problem) {
                KitProblems.show(this, problem, Map.of());
            }
        });
        button.addThemeVariants(variant, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Button declineButton(KitViews.Booking b) {
        Button decline = new Button(getTranslation("kits.decline"), e -> declineDialog(b).open());
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return decline;
    }

    Dialog declineDialog(KitViews.Booking b) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("kits.decline-title", b.kitName(), b.learner()));
        TextArea reason = new TextArea(getTranslation("kits.reason"));
        reason.setWidth("min(30rem, 80vw)");
        reason.setMaxLength(2000);
        reason.setManualValidation(true);
        Button confirm = new Button(getTranslation("kits.decline"), e -> {
            try {
                bookings.decline(b.id(), reason.getValue());
                dialog.close();
                refresh();
            } catch (KitException problem) {
                KitProblems.show(this, problem, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("kits.back"), e -> dialog.close()), confirm);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.kits-desk") + " · Polku";
    }
}
