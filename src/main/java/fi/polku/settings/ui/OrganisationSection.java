package fi.polku.settings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import fi.polku.settings.Organisation;
import fi.polku.settings.Settings;
import fi.polku.settings.SettingsException;
import fi.polku.shared.ui.FieldProblems;

import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * The organisation's name and certificate logo. The logo goes straight from the request into the
 * service, which reads no more than its limit: the browser's size check is a courtesy.
 */
class OrganisationSection extends Section {

    final TextField name = new TextField();
    final Button save = new Button();
    final Div logo = new Div();
    final Upload upload;
    final Paragraph logoProblem = new Paragraph();
    final Button removeLogo = new Button();
    private final Settings settings;

    OrganisationSection(Settings settings) {
        this.settings = settings;
        name.setLabel(getTranslation("settings.name"));
        name.setHelperText(getTranslation("settings.name-help"));
        name.setMaxLength(Settings.MAX_NAME_LENGTH);
        name.setWidth("min(100%, 32rem)");
        save.setText(getTranslation("settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveName());

        UI ui = UI.getCurrent();
        upload = new Upload((UploadHandler) event -> {
            try {
                Organisation stored = settings.storeLogo(event.getInputStream());
                ui.access(() -> {
                    logoProblem.setText("");
                    show(stored);
                    Notification.show(getTranslation("settings.logo-saved"));
                });
            } catch (SettingsException refused) {
                event.reject(getTranslation(ui.getLocale(), refused.messageKey(), refused.arguments()));
                ui.access(() -> logoProblem.setText(getTranslation(refused.messageKey(), refused.arguments())));
            }
        });
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Settings.MAX_LOGO_BYTES);
        upload.setUploadButton(new Button(getTranslation("settings.logo-choose")));
        upload.setDropLabel(new Span(getTranslation("settings.logo-help", Settings.MAX_LOGO_BYTES / 1024)));
        upload.addFileRejectedListener(e -> logoProblem.setText(
                getTranslation("settings.error.logo-too-large", Settings.MAX_LOGO_BYTES / 1024)));
        logoProblem.getElement().setAttribute("role", "alert");
        logoProblem.addClassName("field-problem");

        removeLogo.setText(getTranslation("settings.logo-remove"));
        removeLogo.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removeLogo.addClickListener(e -> confirmRemoval());
        logo.addClassName("settings-logo");

        add(new H2(getTranslation("settings.organisation")), name, save,
                new H3(getTranslation("settings.logo")), logo, upload, logoProblem, removeLogo);
        Organisation current = settings.organisation();
        name.setValue(current.name());
        show(current);
    }

    private void saveName() {
        FieldProblems.clear(Map.of("name", name));
        try {
            Organisation saved = settings.rename(name.getValue());
            name.setValue(saved.name());
            Notification.show(getTranslation("settings.saved"));
        } catch (SettingsException refused) {
            FieldProblems.show(this, refused.messageKey(), refused.arguments(), refused.field(), Map.of("name", name));
        }
    }

    private void confirmRemoval() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("settings.logo-remove"),
                getTranslation("settings.logo-remove-confirm"), getTranslation("settings.logo-remove"), ok -> {
                    show(settings.removeLogo());
                    Notification.show(getTranslation("settings.logo-removed"));
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("settings.cancel"));
        confirm.open();
    }

    private void show(Organisation organisation) {
        logo.removeAll();
        Organisation.Logo current = organisation.logo();
        removeLogo.setVisible(current != null);
        if (current == null) {
            logo.add(new Paragraph(getTranslation("settings.no-logo")));
            return;
        }
        byte[] bytes = current.content();
        String alt = organisation.nameIfSet().map(n -> getTranslation("settings.logo-alt", n))
                .orElseGet(() -> getTranslation("settings.logo-alt-unnamed"));
        Image image = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "logo", current.mediaType(), bytes.length)), alt);
        image.setMaxHeight("4rem");
        logo.add(image);
    }
}
