package fi.polku.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.UserAccount;
import fi.polku.shared.ui.HeaderWidget;
import fi.polku.shared.ui.LanguageSwitch;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in view: navigation by role, the user's name, language and logout. */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The id of the current view's root element: where the skip link moves focus. */
    static final String MAIN_CONTENT = "main-content";

    final SideNav nav = new SideNav();
    final Span userName = new Span();
    final Button logout;

    MainLayout(CurrentUser currentUser, Accounts accounts, AuthenticationContext authentication,
               java.util.List<HeaderWidget> widgets) {
        setPrimarySection(Section.DRAWER);
        UserAccount user = currentUser.require();

        Anchor brand = new Anchor("", "Polku");
        brand.addClassName("brand");
        Div drawerHeader = new Div(brand);
        drawerHeader.addClassName("drawer-header");
        nav.addClassName("main-nav");
        addToDrawer(drawerHeader, nav);

        userName.setText(user.displayName());
        userName.addClassName("user-name");
        Avatar avatar = new Avatar(user.displayName());
        avatar.getElement().setAttribute("aria-hidden", "true");
        LanguageSwitch language = new LanguageSwitch(locale -> accounts.changeLanguage(user.id(), locale));
        logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout right = new HorizontalLayout();
        widgets.forEach(w -> right.add(w.create()));
        right.add(language, avatar, userName, logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassName("header-actions");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        HorizontalLayout header = new HorizontalLayout(toggle, right);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(right);
        right.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        header.addClassName("app-header");
        addToNavbar(skipLink(), header);
    }

    /**
     * The first stop of the Tab key: it takes keyboard and screen-reader users past the header and
     * the menu. The router would read {@code #main-content} as a route (the page's base is the app's
     * root), so the router leaves this link alone and it moves focus itself.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_CONTENT, getTranslation("nav.skip"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                    e.preventDefault();
                    document.getElementById($0)?.focus();
                });""", MAIN_CONTENT);
        return skip;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (getContent() != null) {
            var view = getContent().getElement().setAttribute("id", MAIN_CONTENT).setAttribute("tabindex", "-1");
            if (!view.getTag().equals("main")) {
                view.setAttribute("role", "main"); // AppLayout has no main landmark of its own
            }
        }
        if (!nav.getItems().isEmpty()) {
            // the entries a user may open do not change within a page: checking every route's access
            // again took 3.5 % of the server's CPU under load (docs/BENCHMARKS.md); a language
            // change reloads the page, so the labels follow
            return;
        }
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }
}
