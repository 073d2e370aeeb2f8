package fi.polku.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import fi.polku.community.DiscussionException;
import fi.polku.community.Discussions;
import fi.polku.community.Discussions.PostView;
import fi.polku.community.Discussions.ThreadView;
import fi.polku.shared.ui.FieldProblems;

import java.util.Map;

/** A thread: its opening post, the replies under it, and a reply form unless it is locked. */
class ThreadCard extends Div {

    final TextArea replyText = new TextArea();
    final Button replyButton = new Button();

    ThreadCard(Discussions discussions, ThreadView thread, boolean moderator, Runnable changed) {
        addClassName("thread-card");
        add(new PostCard(discussions, thread.opener(), moderator, changed));
        Div replies = new Div();
        replies.addClassName("thread-replies");
        for (PostView reply : thread.replies()) {
            replies.add(new PostCard(discussions, reply, moderator, changed));
        }
        add(replies);
        PostView opener = thread.opener();
        if (opener.locked() || opener.deleted() || opener.hidden()) {
            return;
        }
        replyText.setLabel(getTranslation("discussion.reply"));
        replyText.setWidthFull();
        replyText.setMaxLength(10_000);
        replyText.setManualValidation(true);
        replyButton.setText(getTranslation("discussion.send-reply"));
        replyButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        replyButton.addClickListener(e -> {
            try {
                replyText.setInvalid(false);
                discussions.reply(opener.id(), replyText.getValue());
                replyText.clear();
                changed.run();
            } catch (DiscussionException problem) {
                FieldProblems.show(this, problem.messageKey(), problem.arguments(), problem.field(),
                        Map.of("body", replyText));
            }
        });
        Div form = new Div(replyText, replyButton);
        form.addClassName("reply-form");
        add(form);
    }
}
