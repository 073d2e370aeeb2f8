package fi.polku.schools.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.polku.accounts.UserAccount;
import fi.polku.schools.KitBookings;
import fi.polku.schools.KitException;
import fi.polku.schools.KitViews;

import java.time.LocalDate;
import java.util.Map;

/**
 * A learner asks for a kit for some days: how many are free for the chosen days shows as soon as
 * both dates are picked, and a refused request keeps everything typed.
 */
class KitRequestForm extends Div {

    final DatePicker first = new DatePicker();
    final DatePicker last = new DatePicker();
    final TextField school = new TextField();
    final TextArea note = new TextArea();
    final Paragraph availability = new Paragraph();
    final Button send = new Button();
    private final KitBookings bookings;
    private final KitViews.Kit kit;

    KitRequestForm(KitBookings bookings, KitViews.Kit kit, UserAccount me) {
        this.bookings = bookings;
        this.kit = kit;
        addClassName("form-panel");
        setId("request");
        LocalDate today = LocalDate.now(fi.polku.shared.DisplayZone.get());
        for (DatePicker picker : new DatePicker[] {first, last}) {
            picker.setLocale(getLocale());
            picker.setMin(today);
            picker.setManualValidation(true);
            picker.addValueChangeListener(e -> showAvailability());
        }
        first.setLabel(getTranslation("kits.first-day"));
        last.setLabel(getTranslation("kits.last-day"));
        last.setHelperText(getTranslation("kits.max-days", bookings.maxDays()));
        first.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                last.setMin(e.getValue());
                last.setMax(e.getValue().plusDays(bookings.maxDays() - 1L));
            }
        });
        school.setLabel(getTranslation("kits.school"));
        school.setValue(me.school() == null ? "" : me.school());
        school.setMaxLength(200);
        school.setWidthFull();
        school.setManualValidation(true);
        note.setLabel(getTranslation("kits.note"));
        note.setHelperText(getTranslation("kits.note-help"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setManualValidation(true);
        availability.getElement().setAttribute("role", "status");
        send.setText(getTranslation("kits.send-request"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        Div dates = new Div(first, last);
        dates.addClassName("toolbar");
        dates.getStyle().set("display", "flex");
        add(new H2(getTranslation("kits.request-title")), dates, availability, school, note, send);
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of("first", first, "last", last, "school", school, "note", note);
    }

    private void showAvailability() {
        LocalDate from = first.getValue();
        LocalDate to = last.getValue();
        if (from == null || to == null || to.isBefore(from)) {
            availability.setText("");
            return;
        }
        KitViews.Availability free = bookings.availability(kit.id(), new KitViews.Period(from, to));
        availability.setText(free.fullyBooked().isEmpty()
                ? getTranslation("kits.free", free.free(), free.quantity())
                : getTranslation("kits.full-on", free.fullyBooked().stream()
                        .map(p -> KitProblems.dates(p, getLocale())).collect(java.util.stream.Collectors.joining(", "))));
    }

    private void send() {
        KitProblems.clear(fields());
        if (first.getValue() == null || last.getValue() == null) {
            DatePicker empty = first.getValue() == null ? first : last;
            empty.setErrorMessage(getTranslation("kits.error.required"));
            empty.setInvalid(true);
            return;
        }
        try {
            bookings.request(kit.id(), new KitViews.Request(first.getValue(), last.getValue(), school.getValue(),
                    note.getValue()));
            Notification.show(getTranslation("kits.requested", kit.name()));
            UI.getCurrent().navigate("kits/mine");
        } catch (KitException problem) {
            KitProblems.show(this, problem, fields());
        }
    }
}
