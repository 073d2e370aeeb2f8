package fi.polku.community.ui;

import fi.polku.shared.ui.Confirmation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.polku.community.Gallery;
import fi.polku.community.GalleryException;
import fi.polku.shared.DisplayZone;
import fi.polku.shared.ui.FieldProblems;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import fi.polku.shared.LocalFormats;

import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;

/**
 * One entry with its comments: readers mark "I'll try this" and participants comment; the author
 * edits, shares or withdraws; the cohort's facilitators and admins hide comments. Who may open it
 * depends on its visibility; everyone else is told it is not available.
 */
@Route("gallery/entry/:id")
@PermitAll
@StyleSheet("styles/gallery.css")
class GalleryEntryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Button tryThis = new Button();
    final TextArea comment = new TextArea();
    final Button send = new Button();
    final Div comments = new Div();
    private final Gallery gallery;
    private final String baseUrl;
    private String title = "";
    private @Nullable UUID shown;

    GalleryEntryView(Gallery gallery, @Value("${polku.base-url:http://localhost:8080/}") String baseUrl) {
        this.gallery = gallery;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        addClassNames("page", "lesson-page", "gallery-page");
        comment.setLabel(getTranslation("gallery.comment"));
        comment.setHelperText(getTranslation("gallery.markdown-help"));
        comment.setWidthFull();
        comment.setManualValidation(true);
        send.setText(getTranslation("gallery.send-comment"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        comments.addClassName("gallery-comments");
        tryThis.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        tryThis.addClickListener(e -> {
            if (shown != null) {
                gallery.toggleTry(shown);
                show(gallery.entry(shown));
            }
        });
        send.addClickListener(e -> sendComment());
    }

    private void sendComment() {
        if (shown == null) {
            return;
        }
        Map<String, TextArea> fields = Map.of("comment", comment);
        FieldProblems.clear(fields);
        try {
            Gallery.Entry entry = gallery.comment(shown, comment.getValue());
            comment.clear();
            show(entry);
        } catch (GalleryException problem) {
            FieldProblems.show(this, problem.messageKey(), problem.arguments(), problem.field(), fields);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            show(gallery.entry(id));
        } catch (IllegalArgumentException | AccessDeniedException gone) {
            removeAll();
            shown = null;
            title = getTranslation("gallery.not-available");
            add(new Paragraph(title));
        }
    }

    void show(Gallery.Entry entry) {
        removeAll();
        shown = entry.id();
        title = entry.title();
        Anchor back = new Anchor("gallery/" + entry.courseId(), getTranslation("gallery.back"));
        back.addClassName("breadcrumb");
        add(back);
        if (entry.withdrawn()) {
            Paragraph notice = new Paragraph(getTranslation("gallery.withdrawn-notice"));
            notice.addClassName("notice");
            add(notice);
        }
        add(new GalleryEntryBody(entry));
        if (entry.mine()) {
            add(authorTools(entry));
        } else if (!entry.withdrawn()) {
            tryThis.setText(getTranslation(entry.triedByMe() ? "gallery.trying" : "gallery.try"));
            tryThis.getElement().setAttribute("aria-pressed", String.valueOf(entry.triedByMe()));
            add(tryThis);
        }
        add(new H2(getTranslation("gallery.comments", entry.comments().size())), comments);
        comments.removeAll();
        entry.comments().forEach(c -> comments.add(comment(entry, c)));
        if (entry.comments().isEmpty()) {
            comments.add(new Paragraph(getTranslation("gallery.no-comments")));
        }
        if (entry.canComment()) {
            add(comment, send);
        } else if (!entry.withdrawn()) {
            Paragraph only = new Paragraph(getTranslation("gallery.participants-comment"));
            only.addClassName("muted");
            add(only);
        }
    }

    private Div comment(Gallery.Entry entry, Gallery.Comment c) {
        var time = LocalFormats.dateTime(FormatStyle.MEDIUM, getLocale()).withZone(DisplayZone.get());
        Span head = new Span(c.author() + " · " + time.format(c.at()));
        head.addClassName("muted");
        Div box = new Div(head, new Html("<div class=\"learner-text\">" + c.html() + "</div>"));
        box.addClassName("gallery-comment");
        if (c.hidden() && c.hiddenAt() != null) {
            Span hidden = new Span(getTranslation("gallery.hidden-by", c.hiddenBy(), time.format(c.hiddenAt())));
            hidden.addClassName("badge");
            box.addClassName("gallery-comment-hidden");
            box.add(hidden);
        } else if (entry.canModerate()) {
            Button hide = new Button(getTranslation("gallery.hide"), e -> Confirmation.ask(this,
                    getTranslation("gallery.hide"), getTranslation("gallery.hide-confirm"), getTranslation("gallery.hide"),
                    () -> show(gallery.hideComment(c.id()))));
            hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            box.add(hide);
        }
        return box;
    }

    private Div authorTools(Gallery.Entry entry) {
        Div tools = new Div();
        tools.addClassName("gallery-actions");
        if (entry.withdrawn()) {
            return tools;
        }
        Button edit = new Button(getTranslation("gallery.edit"),
                e -> GalleryFormDialog.edit(gallery, entry, id -> show(gallery.entry(id))).open());
        Button withdraw = new Button(getTranslation("gallery.withdraw"), e -> confirmWithdraw(entry));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        tools.add(edit, withdraw);
        Paragraph seen = new Paragraph(getTranslation("gallery.seen-by." + entry.visibility().name().toLowerCase()));
        seen.addClassName("muted");
        tools.add(seen);
        if (entry.shareToken() != null) {
            TextField link = new TextField(getTranslation("gallery.public-link"));
            link.setReadOnly(true);
            link.setWidthFull();
            link.setValue(publicUrl(entry.shareToken()));
            tools.add(link);
        }
        return tools;
    }

    private void confirmWithdraw(Gallery.Entry entry) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("gallery.withdraw"),
                getTranslation("gallery.withdraw-confirm"), getTranslation("gallery.withdraw"), e -> {
                    gallery.withdraw(entry.id());
                    show(gallery.entry(entry.id()));
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("gallery.cancel"));
        confirm.open();
    }

    private String publicUrl(String token) {
        return baseUrl + "gallery/shared/" + token;
    }

    @Override
    public String getPageTitle() {
        return title + " · Polku";
    }
}
