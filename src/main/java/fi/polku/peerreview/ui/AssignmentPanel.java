package fi.polku.peerreview.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fi.polku.content.LessonDetails;
import fi.polku.peerreview.PeerReviewException;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import fi.polku.shared.UntrustedText;
import fi.polku.shared.ui.Confirmation;

import java.util.Map;

/**
 * The learner's side of an assignment: write the report (a draft until submitted), attach files,
 * submit or withdraw, review peers, and read the feedback on their own work.
 */
class AssignmentPanel extends Div {

    final TextField title = new TextField();
    final TextArea text = new TextArea();
    final Button save = new Button();
    final Button submit = new Button();
    final Button withdraw = new Button();
    final Button reviewPeer = new Button();
    final Div attachments = new Div();
    final Paragraph status = new Paragraph();
    final Paragraph bonusThanks = new Paragraph();
    private final PeerReviews peerReviews;
    private final String courseId;
    private final String lessonId;
    private final LessonDetails.Assignment rules;

    AssignmentPanel(PeerReviews peerReviews, String courseId, String lessonId, LessonDetails.Assignment rules) {
        this.peerReviews = peerReviews;
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.rules = rules;
        addClassName("form-panel");
        // once here: show() runs again after every action and must not stack listeners
        withdraw.addClickListener(e -> act(() -> peerReviews.withdraw(courseId, lessonId)));
        save.addClickListener(e -> saveDraft(true));
        submit.addClickListener(e -> {
            if (saveDraft(false)) {
                act(() -> peerReviews.submit(courseId, lessonId));
            }
        });
        reviewPeer.addClickListener(e -> requestReview());
        reviewPeer.setId("review-peer"); // stable handles for the load test (src/load)
        show();
    }

    private void show() {
        removeAll();
        Views.MyAssignment mine = peerReviews.mine(courseId, lessonId);
        boolean submitted = mine.submission().map(Views.Submission::submitted).orElse(false);
        add(new H2(getTranslation("review.my-report")));
        status.getElement().setAttribute("role", "status");
        status.setText("");
        add(status);
        if (submitted) {
            Views.Submission s = mine.submission().orElseThrow();
            status.setText("✓ " + getTranslation("review.submitted"));
            add(new H3(s.title()), new Html("<div class=\"learner-text\">" + s.html() + "</div>"));
            s.attachments().forEach(a -> add(new Div(Downloads.link(peerReviews, a))));
            withdraw.setText(getTranslation("review.withdraw"));
            withdraw.setVisible(s.withdrawable());
            add(withdraw);
            add(peersSection(mine), new FeedbackPanel(peerReviews, mine.feedback(), rules));
        } else {
            add(form(mine.submission().orElse(null)));
        }
    }

    private Div form(Views.Submission draft) {
        title.setLabel(getTranslation("review.report-title"));
        title.setWidthFull();
        title.setMaxLength(300);
        title.setManualValidation(true);
        text.setLabel(getTranslation("review.report-text"));
        text.setHelperText(getTranslation("review.markdown-help"));
        text.setWidthFull();
        text.setMinHeight("16rem");
        text.setMaxLength(100_000);
        text.setManualValidation(true);
        if (draft != null) {
            title.setValue(draft.title());
            text.setValue(draft.text());
        }
        Div preview = new Div();
        preview.addClassName("learner-text");
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("review.write"), text);
        tabs.add(getTranslation("review.preview"), preview);
        tabs.addSelectedChangeListener(e -> {
            preview.removeAll();
            preview.add(new Html("<div>" + UntrustedText.toHtml(text.getValue()) + "</div>"));
        });
        tabs.setWidthFull();
        save.setText(getTranslation("review.save-draft"));
        submit.setText(getTranslation("review.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        attachments.removeAll();
        if (draft != null) {
            draft.attachments().forEach(a -> attachments.add(attachmentRow(a)));
        }
        UI ui = UI.getCurrent();
        // Streamed into the service, which cuts the upload off at its limit: nothing is held whole in memory first.
        Upload upload = new Upload((UploadHandler) event -> {
            try {
                Views.AttachmentInfo a = peerReviews.attach(courseId, lessonId, event.getFileName(),
                        event.getFileSize(), event.getInputStream());
                ui.access(() -> {
                    saveDraft(false);
                    attachments.add(attachmentRow(a));
                });
            } catch (PeerReviewException problem) {
                event.reject(getTranslation(ui.getLocale(), problem.messageKey(), problem.arguments()));
                // What the learner typed is saved too, so a refused file costs them nothing.
                ui.access(() -> {
                    saveDraft(false);
                    status.setText(getTranslation(problem.messageKey(), problem.arguments()));
                });
            }
        });
        upload.setMaxFileSize(rules.maxAttachmentMb() * 1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("review.attach-button")));
        upload.setDropLabel(new Span(getTranslation("review.attach-help", rules.maxAttachmentMb())));
        upload.addFileRejectedListener(e -> status.setText(getTranslation("attachment.too-large", rules.maxAttachmentMb())));
        return new Div(title, tabs, new H3(getTranslation("review.attachments")), attachments, upload,
                new Div(save, submit));
    }

    private Div attachmentRow(Views.AttachmentInfo a) {
        Div row = new Div(Downloads.link(peerReviews, a));
        Button remove = new Button(getTranslation("review.remove"), e -> Confirmation.ask(this,
                getTranslation("review.remove-confirm.title"),
                getTranslation("review.remove-confirm.text", a.fileName()),
                getTranslation("review.remove"), () -> {
                    peerReviews.removeAttachment(a.id());
                    row.removeFromParent();
                }));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        return row;
    }

    private boolean saveDraft(boolean say) {
        Problems.clear(Map.of("title", title, "text", text));
        try {
            peerReviews.saveDraft(courseId, lessonId, title.getValue(), text.getValue());
            if (say) {
                status.setText(getTranslation("review.draft-saved"));
            }
            return true;
        } catch (PeerReviewException problem) {
            Problems.show(this, problem, Map.of("title", title, "text", text));
            return false;
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            show();
        } catch (PeerReviewException problem) {
            Problems.show(this, problem, Map.of("title", title, "text", text));
        }
    }

    private Div peersSection(Views.MyAssignment mine) {
        Div peers = new Div(new H3(getTranslation("review.peers")));
        peers.add(new Paragraph(mine.reviewsToGive() == 0 && mine.reviewsGiven() == 0
                ? getTranslation("review.first-to-submit")
                : getTranslation("review.given", mine.reviewsGiven() - mine.bonusReviews(), mine.reviewsToGive())));
        if (mine.bonusReviews() > 0) {
            bonusThanks.setText(getTranslation("review.bonus-thanks", mine.bonusReviews()));
            peers.add(bonusThanks);
        }
        boolean bonusOffer = mine.openReview().isEmpty() && mine.bonusWaiting();
        if (bonusOffer) {
            peers.add(new Paragraph(getTranslation("review.bonus-invitation")));
        }
        reviewPeer.setText(getTranslation(mine.openReview().isPresent() ? "review.continue"
                : bonusOffer ? "review.bonus-request" : "review.request"));
        reviewPeer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reviewPeer.setVisible(mine.openReview().isPresent() || mine.reviewsGiven() < rules.reviewsToGive() || bonusOffer);
        peers.add(reviewPeer);
        return peers;
    }

    private void requestReview() {
        try {
            peerReviews.requestReview(courseId, lessonId).ifPresentOrElse(
                    id -> UI.getCurrent().navigate("reviews/" + id),
                    () -> status.setText(getTranslation("review.none-available")));
        } catch (PeerReviewException problem) {
            Problems.show(this, problem, Map.of());
        }
    }
}
