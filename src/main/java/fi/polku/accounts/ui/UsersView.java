package fi.polku.accounts.ui;

import fi.polku.shared.ui.Confirmation;
import fi.polku.shared.DisplayZone;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Privacy;
import fi.polku.accounts.PrivacyException;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.shared.LocalFormats;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.stream.Collectors;

/** Admins see every user, decide who facilitates, and delete accounts on request. */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "menu.users")
@RolesAllowed("ADMIN")
class UsersView extends Main implements HasDynamicTitle {

    final Grid<UserAccount> grid = new Grid<>();
    private final Accounts accounts;
    private final Privacy privacy;

    UsersView(Accounts accounts, Privacy privacy) {
        this.accounts = accounts;
        this.privacy = privacy;
        addClassName("page");
        var joined = LocalFormats.date(FormatStyle.MEDIUM, getLocale())
                .withZone(DisplayZone.get());
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(UserAccount::email).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        grid.addColumn(u -> joined.format(u.createdAt())).setHeader(getTranslation("users.joined"));
        grid.addComponentColumn(u -> new HorizontalLayout(facilitatorToggle(u), deleteButton(u)))
                .setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.setItems(query -> accounts.list(Optional.empty(), query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("users.empty"));
        add(new H1(getTranslation("menu.users")), grid);
    }

    private Button facilitatorToggle(UserAccount user) {
        boolean facilitator = user.hasRole(Role.FACILITATOR);
        Button button = new Button(getTranslation(facilitator ? "users.remove-facilitator" : "users.make-facilitator"));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(!facilitator || user.roles().size() > 1);
        button.addClickListener(e -> {
            if (facilitator) {
                Confirmation.ask(this, getTranslation("users.remove-facilitator"),
                        getTranslation("users.remove-facilitator-confirm", user.displayName()),
                        getTranslation("users.remove-facilitator"), () -> {
                            accounts.revoke(user.id(), Role.FACILITATOR);
                            grid.getDataProvider().refreshAll();
                        });
            } else {
                accounts.grant(user.id(), Role.FACILITATOR);
                grid.getDataProvider().refreshAll();
            }
        });
        return button;
    }

    private Button deleteButton(UserAccount user) {
        Button button = new Button(getTranslation("privacy.admin.delete"));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        button.addClassName("delete-account");
        button.addClickListener(e -> Confirmation.ask(this, getTranslation("privacy.admin.delete"),
                getTranslation("privacy.admin.delete-confirm", user.displayName(), user.email()),
                getTranslation("privacy.admin.delete"), () -> {
                    try {
                        privacy.delete(user.id());
                        Notification.show(getTranslation("privacy.admin.deleted"));
                    } catch (PrivacyException refused) {
                        Notification.show(getTranslation(refused.getMessage()), 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    grid.getDataProvider().refreshAll();
                }));
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users") + " · Polku";
    }
}
