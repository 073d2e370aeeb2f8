package fi.polku.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.polku.community.Notifications;
import fi.polku.community.Notifications.Kind;
import fi.polku.community.Notifications.Setting;
import fi.polku.shared.DisplayZone;
import fi.polku.shared.LocalFormats;
import jakarta.annotation.security.PermitAll;

import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The signed-in person's notifications, newest first, and their choice of what to get and how. */
@Route("notifications")
@PermitAll
class NotificationsView extends Main implements HasDynamicTitle {

    final Div list = new Div();
    final Map<Kind, Checkbox> inApp = new EnumMap<>(Kind.class);
    final Map<Kind, Checkbox> byEmail = new EnumMap<>(Kind.class);
    final Button markAll = new Button();
    final Button save = new Button();
    private final Notifications notifications;

    NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        addClassNames("page", "notifications-page");
        markAll.setText(getTranslation("notifications.mark-all"));
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            showList();
        });
        list.addClassName("notification-list");
        add(new H1(getTranslation("notifications.title")), markAll, list);
        showList();
        add(new H2(getTranslation("notifications.settings")));
        if (!notifications.mailConfigured()) {
            Paragraph note = new Paragraph(getTranslation("notifications.no-mail"));
            note.addClassName("muted");
            add(note);
        }
        Div settings = new Div();
        settings.addClassName("notification-settings");
        for (Setting s : notifications.settings()) {
            String label = getTranslation("notifications.kind." + s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Span name = new Span(label);
            Checkbox app = new Checkbox(getTranslation("notifications.in-app"), s.inApp());
            app.setAriaLabel(label + ": " + getTranslation("notifications.in-app"));
            Checkbox mail = new Checkbox(getTranslation("notifications.by-email"), s.byEmail());
            mail.setAriaLabel(label + ": " + getTranslation("notifications.by-email"));
            inApp.put(s.kind(), app);
            byEmail.put(s.kind(), mail);
            Div row = new Div(name, app, mail);
            row.addClassName("setting-row");
            settings.add(row);
        }
        save.setText(getTranslation("notifications.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            List<Setting> chosen = new ArrayList<>();
            inApp.forEach((kind, box) -> chosen.add(new Setting(kind, box.getValue(), byEmail.get(kind).getValue())));
            notifications.saveSettings(chosen);
            Notification.show(getTranslation("notifications.saved"), 3000, Notification.Position.BOTTOM_START);
        });
        add(settings, save);
    }

    private void showList() {
        list.removeAll();
        var items = notifications.latest(50);
        markAll.setEnabled(items.stream().anyMatch(i -> !i.read()));
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("notifications.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        var time = LocalFormats.dateTime(FormatStyle.MEDIUM, getLocale())
                .withZone(DisplayZone.get());
        for (Notifications.Item item : items) {
            Button open = new Button(getTranslation(item.kind().messageKey(), item.arguments()), e -> {
                notifications.markRead(item.id());
                getUI().ifPresent(ui -> ui.getPage().setLocation(item.link()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClassName("notification-text");
            Span when = new Span(time.format(item.at()));
            when.addClassName("muted");
            Div row = new Div(open, when);
            row.addClassNames("notification-item", item.read() ? "read" : "unread");
            list.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · Polku";
    }
}
