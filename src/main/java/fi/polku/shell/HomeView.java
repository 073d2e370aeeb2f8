package fi.polku.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.accounts.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The first page after signing in. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    final H1 greeting = new H1();

    HomeView(CurrentUser currentUser) {
        addClassName("page");
        greeting.setText(getTranslation("home.welcome", currentUser.require().displayName()));
        Anchor browse = new Anchor("courses", getTranslation("home.browse"));
        browse.addClassName("button-link");
        add(greeting, new Paragraph(getTranslation("home.intro")), browse);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " · Polku";
    }
}
