package fi.polku.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import fi.polku.community.DiscussionException;
import fi.polku.community.Discussions.ActionView;
import fi.polku.shared.DisplayZone;
import fi.polku.shared.ui.FieldProblems;
import fi.polku.shared.LocalFormats;

import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The small dialogs of the discussion: confirm, ask for a reason, show a post's history. */
final class Dialogs {

    private Dialogs() {
    }

    static void confirm(Component owner, String questionKey, Runnable yes) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation(questionKey));
        Button ok = new Button(owner.getTranslation("discussion.confirm"), e -> {
            dialog.close();
            yes.run();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(owner.getTranslation("discussion.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** Asks for a reason and runs the action with it; a refused reason stays in the field with its error. */
    static void reason(Component owner, String titleKey, String labelKey, Consumer<String> action, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation(titleKey));
        TextArea reason = new TextArea(owner.getTranslation(labelKey));
        reason.setWidth("min(28rem, 80vw)");
        reason.setMaxLength(1000);
        reason.setManualValidation(true);
        dialog.add(reason);
        Button send = new Button(owner.getTranslation("discussion.send"), e -> {
            try {
                action.accept(reason.getValue());
                dialog.close();
                done.run();
            } catch (DiscussionException problem) {
                FieldProblems.show(owner, problem.messageKey(), problem.arguments(), problem.field(),
                        Map.of("reason", reason));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("discussion.cancel"), e -> dialog.close()), send);
        dialog.open();
        reason.focus();
    }

    static void history(Component owner, List<ActionView> entries) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("discussion.history"));
        if (entries.isEmpty()) {
            dialog.add(new Paragraph(owner.getTranslation("discussion.history-empty")));
        } else {
            var format = LocalFormats.dateTime(FormatStyle.SHORT, com.vaadin.flow.component.UI.getCurrent().getLocale())
                    .withZone(DisplayZone.get());
            UnorderedList list = new UnorderedList();
            entries.forEach(e -> list.add(new ListItem(format.format(e.at()) + " · " + e.actor() + " · "
                    + owner.getTranslation("discussion.action." + e.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    + (e.reason() == null ? "" : " · " + e.reason()))));
            dialog.add(list);
        }
        dialog.getFooter().add(new Button(owner.getTranslation("discussion.close"), e -> dialog.close()));
        dialog.open();
    }
}
