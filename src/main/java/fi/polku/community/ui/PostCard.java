package fi.polku.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import fi.polku.community.DiscussionException;
import fi.polku.community.Discussions;
import fi.polku.community.Discussions.Action;
import fi.polku.community.Discussions.PostView;
import fi.polku.community.Discussions.Reaction;
import fi.polku.shared.DisplayZone;
import fi.polku.shared.ui.FieldProblems;
import fi.polku.shared.LocalFormats;

import java.time.format.FormatStyle;
import java.util.Map;

/** One post with what the viewer may do with it: react, edit, delete, report, moderate. */
class PostCard extends Div {

    final Div body = new Div();
    final Div actions = new Div();
    private final Discussions discussions;
    private final PostView post;
    private final Runnable changed;

    PostCard(Discussions discussions, PostView post, boolean moderator, Runnable changed) {
        this.discussions = discussions;
        this.post = post;
        this.changed = changed;
        addClassName("post-card");
        if (post.threadId() != null) {
            addClassName("reply");
        }
        setId("post-" + post.id());
        add(header(), body, actions);
        showBody();
        actions.addClassName("post-actions");
        if (post.deleted()) {
            return;
        }
        actions.add(reaction(Reaction.HELPFUL, "discussion.helpful"), reaction(Reaction.WILL_TRY, "discussion.will-try"));
        if (post.editable()) {
            actions.add(small("discussion.edit", e -> edit()));
        }
        if (post.mine()) {
            actions.add(small("discussion.delete", e -> Dialogs.confirm(this, "discussion.delete-confirm",
                    () -> act(() -> discussions.delete(post.id())))));
        } else {
            actions.add(small("discussion.report", e -> Dialogs.reason(this, "discussion.report-title",
                    "discussion.report-reason", reason -> discussions.report(post.id(), reason), changed)));
        }
        if (moderator) {
            if (post.threadId() == null) {
                actions.add(small(post.pinned() ? "discussion.unpin" : "discussion.pin",
                        e -> act(() -> discussions.moderate(post.id(), post.pinned() ? Action.UNPIN : Action.PIN, null))));
                actions.add(small(post.locked() ? "discussion.unlock" : "discussion.lock",
                        e -> act(() -> discussions.moderate(post.id(), post.locked() ? Action.UNLOCK : Action.LOCK, null))));
            }
            actions.add(post.hidden()
                    ? small("discussion.restore", e -> act(() -> discussions.moderate(post.id(), Action.RESTORE, null)))
                    : small("discussion.hide", e -> Dialogs.reason(this, "discussion.hide-title",
                    "discussion.hide-reason", reason -> discussions.moderate(post.id(), Action.HIDE, reason), changed)));
            actions.add(small("discussion.history", e -> Dialogs.history(this, discussions.history(post.id()))));
        }
    }

    private Component header() {
        Div header = new Div();
        header.addClassName("post-header");
        Span author = new Span(post.author().isEmpty() ? getTranslation("discussion.removed-user") : post.author());
        author.addClassName("post-author");
        var format = LocalFormats.dateTime(FormatStyle.MEDIUM, getLocale()).withZone(DisplayZone.get());
        Span when = new Span(format.format(post.createdAt()));
        when.addClassName("muted");
        header.add(author, when);
        if (post.edited()) {
            header.add(badge("discussion.edited", "contrast"));
        }
        if (post.pinned()) {
            header.add(badge("discussion.pinned", "success"));
        }
        if (post.locked()) {
            header.add(badge("discussion.locked-badge", "contrast"));
        }
        if (post.hidden()) {
            header.add(badge("discussion.hidden-badge", "error"));
        }
        if (post.openReports() > 0) {
            Span reports = new Span(getTranslation("discussion.reports", post.openReports()));
            reports.getElement().getThemeList().add("badge error");
            header.add(reports);
        }
        return header;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    private void showBody() {
        body.removeAll();
        body.addClassName("post-body");
        if (post.deleted()) {
            Span gone = new Span(getTranslation("discussion.deleted-text"));
            gone.addClassName("muted");
            body.add(gone);
        } else {
            body.add(new Html("<div class=\"markdown\">" + post.html() + "</div>"));
        }
    }

    private Button reaction(Reaction kind, String key) {
        long count = post.reactions().getOrDefault(kind, 0L);
        boolean mine = post.myReactions().contains(kind);
        Button button = new Button(getTranslation(key) + (count > 0 ? " · " + count : ""));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, mine ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        button.getElement().setAttribute("aria-pressed", Boolean.toString(mine));
        button.addClickListener(e -> act(() -> discussions.react(post.id(), kind, !mine)));
        return button;
    }

    private void edit() {
        TextArea text = new TextArea(getTranslation("discussion.edit"));
        text.setValue(post.markdown());
        text.setWidthFull();
        text.setMaxLength(10_000);
        text.setManualValidation(true);
        Button save = new Button(getTranslation("discussion.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("discussion.cancel"), e -> showBody());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> {
            try {
                discussions.edit(post.id(), text.getValue());
                changed.run();
            } catch (DiscussionException problem) {
                FieldProblems.show(this, problem.messageKey(), problem.arguments(), problem.field(), Map.of("body", text));
            }
        });
        body.removeAll();
        body.add(text, save, cancel);
        text.focus();
    }

    private Button small(String key, com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = new Button(getTranslation(key), click);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void act(Runnable action) {
        try {
            action.run();
            changed.run();
        } catch (DiscussionException problem) {
            FieldProblems.show(this, problem.messageKey(), problem.arguments(), null, Map.of());
            changed.run();
        }
    }
}
