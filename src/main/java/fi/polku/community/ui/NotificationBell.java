package fi.polku.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import fi.polku.community.Notifications;

/** The bell in the header with the number of unread notifications; updated on every navigation. */
class NotificationBell extends Button implements AfterNavigationObserver {

    final Span count = new Span();
    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        setIcon(new Icon(VaadinIcon.BELL));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("notification-bell");
        count.addClassName("bell-count");
        count.getElement().setAttribute("aria-hidden", "true");
        setSuffixComponent(count);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("notifications")));
        update();
    }

    void update() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        setAriaLabel(getTranslation("notifications.bell", unread));
        setTooltipText(getTranslation("notifications.bell", unread));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        update();
    }

    @org.springframework.stereotype.Component
    static class Widget implements fi.polku.shared.ui.HeaderWidget {

        private final Notifications notifications;

        Widget(Notifications notifications) {
            this.notifications = notifications;
        }

        @Override
        public com.vaadin.flow.component.Component create() {
            return new NotificationBell(notifications);
        }
    }
}
