package fi.polku.peerreview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import fi.polku.content.LessonDetails;
import fi.polku.peerreview.PeerReviewException;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import fi.polku.shared.LocalFormats;

import java.util.Map;

/** The feedback on the learner's own work: medians per criterion, each review, the trainer's words. */
class FeedbackPanel extends Div {

    FeedbackPanel(PeerReviews peerReviews, Views.Feedback feedback, LessonDetails.Assignment rules) {
        addClassName("feedback");
        add(new H3(getTranslation("review.feedback")));
        feedback.trainerFeedback().forEach(t -> {
            Div note = new Div(new Span(getTranslation("review.trainer", t.author())), new Paragraph(t.text()));
            note.addClassName("trainer-comment");
            add(note);
        });
        if (!feedback.visible()) {
            add(new Paragraph(getTranslation("review.feedback-waiting", feedback.reviewsReceived(), feedback.reviewsNeeded())));
            return;
        }
        Div medians = new Div();
        medians.addClassName("medians");
        for (LessonDetails.Criterion c : rules.rubric()) {
            Double m = feedback.medians().get(c.id());
            if (m != null) {
                medians.add(new Div(new Span(c.title()), new Span(LocalFormats.oneDecimal(m, getLocale()) + " / 4")));
            }
        }
        add(medians);
        for (Views.Review r : feedback.reviews()) {
            Div review = new Div();
            review.addClassName("peer-review");
            review.add(new Span(r.byTrainer() ? getTranslation("review.by-trainer")
                    : r.reviewer() == null ? getTranslation("review.anonymous") : r.reviewer()));
            review.add(labelled(getTranslation("review.what-works"), r.whatWorks()));
            review.add(labelled(getTranslation("review.idea"), r.ideaToTry()));
            if (r.comment() != null) {
                review.add(labelled(getTranslation("review.comment-optional"), r.comment()));
            }
            Span rated = new Span(r.helpful() == null ? "" : getTranslation(r.helpful() ? "review.rated-helpful" : "review.rated-not"));
            rated.addClassName("muted");
            Button helpful = new Button(getTranslation("review.helpful"), e -> {
                peerReviews.rate(r.id(), true);
                rated.setText(getTranslation("review.rated-helpful"));
            });
            Button notHelpful = new Button(getTranslation("review.not-helpful"), e -> {
                peerReviews.rate(r.id(), false);
                rated.setText(getTranslation("review.rated-not"));
            });
            Button flag = new Button(getTranslation("review.flag"), e -> flagDialog(peerReviews, r).open());
            for (Button b : new Button[] {helpful, notHelpful, flag}) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            }
            review.add(new Div(helpful, notHelpful, flag, rated));
            add(review);
        }
    }

    private static Div labelled(String label, String text) {
        Span l = new Span(label);
        l.addClassName("strong");
        Paragraph p = new Paragraph(text);
        p.addClassName("pre-line");
        return new Div(l, p);
    }

    private Dialog flagDialog(PeerReviews peerReviews, Views.Review r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.flag"));
        TextArea reason = new TextArea(getTranslation("review.flag-reason"));
        reason.setWidthFull();
        reason.setManualValidation(true);
        Button send = new Button(getTranslation("review.flag-send"), e -> {
            try {
                peerReviews.flag(r.id(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("review.flagged"));
            } catch (PeerReviewException problem) {
                Problems.show(this, problem, Map.of("reason", reason));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("form.close"), e -> dialog.close()), send);
        return dialog;
    }
}
