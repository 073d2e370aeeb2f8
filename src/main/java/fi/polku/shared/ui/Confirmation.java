package fi.polku.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before an action that cannot simply be taken back. Cancel is the easy way out (Escape, the
 * first button), and the confirm button names the action, in the error colour, so nobody confirms
 * by habit. Texts come translated from the calling module; only "Cancel" is shared.
 */
public final class Confirmation {

    private Confirmation() {
    }

    public static ConfirmDialog ask(Component owner, String title, String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, action, e -> onConfirm.run());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("confirm.cancel"));
        dialog.setCloseOnEsc(true);
        dialog.open();
        return dialog;
    }
}
