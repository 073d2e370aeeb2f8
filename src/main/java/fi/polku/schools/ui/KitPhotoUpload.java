package fi.polku.schools.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fi.polku.schools.KitException;
import fi.polku.schools.KitId;
import fi.polku.schools.KitViews;
import fi.polku.schools.Kits;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Uploads a kit photo straight from the request into the service, which reads no more than its
 * limit: the browser's size check is a courtesy, the server's is the rule.
 */
class KitPhotoUpload extends Div {

    static final int MAX_MB = 2;

    final Upload upload;
    final Paragraph problem = new Paragraph();

    KitPhotoUpload(Kits kits, KitId kit, Consumer<KitViews.Kit> stored) {
        UI ui = UI.getCurrent();
        upload = new Upload((UploadHandler) event -> {
            try {
                KitViews.Kit updated = kits.storePhoto(kit, event.getInputStream());
                ui.access(() -> stored.accept(updated));
            } catch (KitException refused) {
                event.reject(getTranslation(ui.getLocale(), refused.messageKey(), refused.arguments()));
                ui.access(() -> KitProblems.show(this, refused, Map.of()));
            }
        });
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MB * 1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("kits.photo-choose")));
        upload.setDropLabel(new Span(getTranslation("kits.photo-help", MAX_MB)));
        upload.addFileRejectedListener(e -> problem.setText(getTranslation("kits.error.photo-too-large", MAX_MB)));
        problem.getElement().setAttribute("role", "alert");
        add(upload, problem);
    }
}
