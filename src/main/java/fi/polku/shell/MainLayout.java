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
        addToNavbar(header);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }
}
