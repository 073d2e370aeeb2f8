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
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.shared.LocalFormats;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.stream.Collectors;

/** Admins see every user and decide who facilitates. */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "menu.users")
@RolesAllowed("ADMIN")
class UsersView extends Main implements HasDynamicTitle {

    final Grid<UserAccount> grid = new Grid<>();
    private final Accounts accounts;

    UsersView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("page");
        var joined = LocalFormats.date(FormatStyle.MEDIUM, getLocale())
                .withZone(DisplayZone.get());
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(UserAccount::email).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        grid.addColumn(u -> joined.format(u.createdAt())).setHeader(getTranslation("users.joined"));
        grid.addComponentColumn(this::facilitatorToggle).setHeader(getTranslation("users.actions"));
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

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users") + " · Polku";
    }
}
