package fi.polku.accounts.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import jakarta.annotation.security.RolesAllowed;

import java.util.Optional;

/** Facilitators and admins see who has signed up as a learner. */
@Route("learners")
@Menu(order = 50, icon = "vaadin:academy-cap", title = "menu.learners")
@RolesAllowed({"FACILITATOR", "ADMIN"})
class LearnersView extends Main implements HasDynamicTitle {

    final Grid<UserAccount> grid = new Grid<>();

    LearnersView(Accounts accounts) {
        addClassName("page");
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(UserAccount::email).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.setItems(query -> accounts.list(Optional.of(Role.LEARNER), query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("learners.empty"));
        add(new H1(getTranslation("menu.learners")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.learners") + " · Polku";
    }
}
