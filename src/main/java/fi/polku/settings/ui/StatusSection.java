package fi.polku.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fi.polku.content.ContentStatus;
import fi.polku.settings.MailStatus;
import fi.polku.settings.Settings;
import fi.polku.shared.DisplayZone;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How mail and course content are set up, read-only, and a reload of the content directory. */
class StatusSection extends Div {

    final DescriptionList mail = new DescriptionList();
    final Paragraph mailSummary = new Paragraph();
    final DescriptionList content = new DescriptionList();
    final Button reload = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    private final Settings settings;

    StatusSection(Settings settings) {
        this.settings = settings;
        MailStatus m = settings.mail();
        mailSummary.setText(getTranslation(m.configured() ? "settings.mail-configured" : "settings.mail-not-configured"));
        if (m.configured()) {
            fact(mail, "settings.mail-host", m.host() + ":" + m.port());
        }
        fact(mail, "settings.mail-from", m.from());

        reload.setText(getTranslation("settings.reload"));
        reload.setIcon(VaadinIcon.REFRESH.create());
        reload.addClickListener(e -> startReload());
        progress.setIndeterminate(true);
        progressText.setText(getTranslation("settings.reloading"));
        progressText.setId("settings-reload-progress");
        progress.getElement().setAttribute("aria-labelledby", "settings-reload-progress");
        Div working = new Div(progressText, progress);
        working.getElement().setAttribute("role", "status");
        setWorking(false);

        add(new H2(getTranslation("settings.mail")), mailSummary, mail,
                new H2(getTranslation("settings.content")), content, reload, working);
        showContent(settings.content());
    }

    /**
     * The reload runs in a second round trip, after the browser has drawn the progress bar, so the
     * person sees it working even without server push; the request keeps their sign-in for the check.
     */
    private void startReload() {
        setWorking(true);
        getElement().executeJs("return 0").then(ignored -> finishReload());
    }

    void finishReload() {
        try {
            ContentStatus status = settings.reloadContent();
            showContent(status);
            Notification.show(getTranslation("settings.reloaded", status.courses(), status.errors(), status.warnings()));
        } finally {
            setWorking(false);
        }
    }

    private void setWorking(boolean working) {
        reload.setEnabled(!working);
        progress.setVisible(working);
        progressText.setVisible(working);
    }

    private void showContent(ContentStatus status) {
        content.removeAll();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(DisplayZone.get());
        fact(content, "settings.content-dir", status.directory().toString());
        fact(content, "settings.content-courses", String.valueOf(status.courses()));
        fact(content, "settings.content-problems", getTranslation("settings.content-problems-value", status.errors(),
                status.warnings()), new Anchor("admin/content", getTranslation("settings.content-problems-link")));
        fact(content, "settings.content-loaded", format.format(status.loadedAt()));
    }

    private void fact(DescriptionList list, String key, String value, Component... more) {
        DescriptionList.Description description = new DescriptionList.Description(new Span(value));
        for (Component c : more) {
            description.add(new Span(" · "), c);
        }
        list.add(new DescriptionList.Term(getTranslation(key)), description);
    }
}
