package fi.polku.peerreview.ui;

import fi.polku.shared.DisplayZone;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.peerreview.Moderation;
import fi.polku.peerreview.PeerReviewException;
import fi.polku.peerreview.Views;
import fi.polku.shared.LocalFormats;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The facilitator's queue: flagged reviews, submissions waiting (those waiting too long on top with
 * the date to serve them by), learners blocked, and learners to thank for bonus reviews.
 */
@Route("moderation")
@Menu(order = 30, icon = "vaadin:scale", title = "menu.moderation")
@RolesAllowed({"FACILITATOR", "ADMIN"})
class ModerationView extends Main implements HasDynamicTitle {

    final Grid<Views.Flagged> flagged = new Grid<>();
    final Grid<Views.Waiting> waiting = new Grid<>();
    final Grid<Views.Blocked> blocked = new Grid<>();
    final Grid<Views.BonusReviewer> bonusReviewers = new Grid<>();
    private final Moderation moderation;

    ModerationView(Moderation moderation) {
        this.moderation = moderation;
        addClassNames("page", "wide-page");
        DateTimeFormatter time = LocalFormats.dateTime(FormatStyle.SHORT, getLocale())
                .withZone(DisplayZone.get());
        flagged.addColumn(Views.Flagged::author).setHeader(getTranslation("moderation.author")).setAutoWidth(true);
        flagged.addColumn(Views.Flagged::reviewer).setHeader(getTranslation("moderation.reviewer")).setAutoWidth(true);
        flagged.addColumn(Views.Flagged::reason).setHeader(getTranslation("moderation.reason")).setFlexGrow(1);
        flagged.addColumn(f -> time.format(f.at())).setHeader(getTranslation("moderation.when")).setAutoWidth(true);
        flagged.addComponentColumn(f -> new Button(getTranslation("moderation.open"), e -> detail(f.submissionId())));
        flagged.setEmptyStateText(getTranslation("moderation.no-flags"));
        flagged.setAllRowsVisible(true);
        waiting.addColumn(Views.Waiting::author).setHeader(getTranslation("moderation.author")).setAutoWidth(true);
        waiting.addColumn(Views.Waiting::title).setHeader(getTranslation("review.report-title")).setFlexGrow(1);
        waiting.addColumn(w -> time.format(w.submittedAt())).setHeader(getTranslation("moderation.submitted")).setAutoWidth(true);
        waiting.addColumn(w -> w.reviews() + " / " + w.needed()).setHeader(getTranslation("moderation.reviews")).setAutoWidth(true);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(DisplayZone.get());
        waiting.addColumn(w -> w.escalated() ? getTranslation("moderation.serve-by", day.format(w.serveBy())) : "")
                .setHeader(getTranslation("moderation.escalated")).setAutoWidth(true);
        waiting.addComponentColumn(w -> new Button(getTranslation("moderation.open"), e -> detail(w.submissionId())));
        waiting.setEmptyStateText(getTranslation("moderation.no-waiting"));
        waiting.setAllRowsVisible(true);
        blocked.addColumn(Views.Blocked::learner).setHeader(getTranslation("moderation.learner")).setFlexGrow(1);
        blocked.addColumn(b -> b.reviewsGiven() + " / " + b.reviewsToGive()).setHeader(getTranslation("moderation.given"));
        blocked.setEmptyStateText(getTranslation("moderation.no-blocked"));
        blocked.setAllRowsVisible(true);
        bonusReviewers.addColumn(Views.BonusReviewer::learner).setHeader(getTranslation("moderation.learner")).setFlexGrow(1);
        bonusReviewers.addColumn(Views.BonusReviewer::bonusReviews).setHeader(getTranslation("moderation.bonus-reviews"));
        bonusReviewers.setEmptyStateText(getTranslation("moderation.no-bonus"));
        bonusReviewers.setAllRowsVisible(true);
        add(new H1(getTranslation("menu.moderation")), new H2(getTranslation("moderation.flagged")), flagged,
                new H2(getTranslation("moderation.waiting")), waiting, new H2(getTranslation("moderation.blocked")),
                new Paragraph(getTranslation("moderation.blocked-help")), blocked,
                new H2(getTranslation("moderation.bonus")), new Paragraph(getTranslation("moderation.bonus-help")),
                bonusReviewers);
        refresh();
    }

    void refresh() {
        Views.Queue queue = moderation.queue();
        flagged.setItems(queue.flagged());
        waiting.setItems(queue.waiting());
        blocked.setItems(queue.blocked());
        bonusReviewers.setItems(queue.bonusReviewers());
    }

    void detail(UUID submissionId) {
        Dialog dialog = new Dialog();
        dialog.setWidth("min(56rem, 95vw)");
        fill(dialog, submissionId);
        dialog.getFooter().add(new Button(getTranslation("form.close"), e -> {
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    private void fill(Dialog dialog, UUID submissionId) {
        dialog.removeAll();
        Views.Detail d = moderation.submission(submissionId);
        dialog.setHeaderTitle(d.author() + ": " + d.submission().title());
        dialog.add(new Html("<div class=\"learner-text\">" + d.submission().html() + "</div>"));
        d.medians().forEach((criterion, m) -> dialog.add(new Div(new Span(criterion + ": " + m))));
        for (Views.Review r : d.reviews()) {
            Div box = new Div(new H3((r.byTrainer() ? getTranslation("review.by-trainer") + " – " : "") + r.reviewer()
                    + (r.hidden() ? " (" + getTranslation("moderation.hidden") + ")" : "")),
                    new Paragraph(getTranslation("review.what-works") + ": " + r.whatWorks()),
                    new Paragraph(getTranslation("review.idea") + ": " + r.ideaToTry()));
            if (r.helpful() != null) {
                box.add(new Paragraph(getTranslation(r.helpful() ? "moderation.rated-helpful" : "moderation.rated-not")));
            }
            box.add(reasoned(r.hidden() ? "moderation.restore" : "moderation.hide",
                    (id, why) -> { if (r.hidden()) { moderation.restore(r.id(), why); } else { moderation.hide(r.id(), why); } },
                    dialog, submissionId));
            box.addClassName("peer-review");
            dialog.add(box);
        }
        d.trainerFeedback().forEach(t -> dialog.add(new Paragraph(getTranslation("review.trainer", t.author()) + ": " + t.text())));
        TextArea feedback = new TextArea(getTranslation("moderation.trainer-feedback"));
        feedback.setWidthFull();
        feedback.setManualValidation(true);
        Button give = new Button(getTranslation("moderation.give-feedback"), e -> run(() -> {
            moderation.trainerFeedback(submissionId, feedback.getValue());
            fill(dialog, submissionId);
        }, Map.of("feedback", feedback)));
        Button reviewYourself = new Button(getTranslation("moderation.review-yourself"),
                e -> UI.getCurrent().navigate("reviews/" + moderation.reviewYourself(submissionId)));
        dialog.add(feedback, new Div(give, reviewYourself));
        if (d.submission().assessedAt() == null) {
            dialog.add(reasoned("moderation.override", (id, why) -> moderation.override(submissionId, why), dialog, submissionId));
        } else if (d.overrideReason() != null) {
            dialog.add(new Paragraph(getTranslation("moderation.overridden", d.overrideReason())));
        }
        dialog.add(new H3(getTranslation("moderation.history")));
        DateTimeFormatter time = LocalFormats.dateTime(FormatStyle.SHORT, getLocale())
                .withZone(DisplayZone.get());
        d.history().forEach(h -> dialog.add(new Paragraph(time.format(h.at()) + " · " + h.actor() + " · "
                + getTranslation("moderation.action." + h.action()) + (h.reason() == null ? "" : " · " + h.reason()))));
    }

    private Div reasoned(String key, BiConsumer<UUID, String> action, Dialog dialog, UUID submissionId) {
        TextArea reason = new TextArea(getTranslation("moderation.reason"));
        reason.setManualValidation(true);
        reason.setWidth("min(30rem, 80vw)");
        Button go = new Button(getTranslation(key), e -> run(() -> {
            action.accept(submissionId, reason.getValue());
            fill(dialog, submissionId);
        }, Map.of("reason", reason)));
        go.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        Div row = new Div(reason, go);
        row.addClassName("toolbar");
        return row;
    }

    private void run(Runnable action, Map<String, TextArea> fields) {
        Problems.clear(fields);
        try {
            action.run();
        } catch (PeerReviewException problem) {
            Problems.show(this, problem, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.moderation") + " · Polku";
    }
}
