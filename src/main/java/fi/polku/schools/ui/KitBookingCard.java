package fi.polku.schools.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.polku.schools.KitBookingStatus;
import fi.polku.schools.KitViews;

/**
 * One request as a card: the same facts for the learner and the desk, so both read it alike; the
 * note is shown as plain text (a learner wrote it), never as HTML.
 */
class KitBookingCard extends Div {

    final Div actions = new Div();
    final KitViews.Booking booking;

    KitBookingCard(KitViews.Booking booking, boolean showLearner) {
        this.booking = booking;
        addClassName("course-card");
        Span status = new Span(getTranslation(booking.status().messageKey()));
        status.addClassName(booking.status() == KitBookingStatus.DECLINED ? "badge-error" : "badge");
        H2 title = new H2(new Anchor("kits/" + booking.kitId(), booking.kitName()), status);
        Div facts = new Div(fact("kits.period", KitProblems.dates(booking.period(), getLocale())),
                fact("kits.school", booking.school()));
        if (showLearner) {
            facts.addComponentAsFirst(fact("kits.learner", booking.learner()));
        }
        facts.addClassName("facts");
        Paragraph note = new Paragraph(booking.note());
        note.addClassName("pre-line");
        add(title, facts, note);
        if (booking.reason() != null) {
            add(new Paragraph(getTranslation("kits.reason-given", booking.reason())));
        }
        actions.addClassName("toolbar");
        actions.getStyle().set("display", "flex");
        add(actions);
    }

    void addAction(Component action) {
        actions.add(action);
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Div fact = new Div(label, new Span(value));
        fact.addClassName("fact");
        return fact;
    }
}
