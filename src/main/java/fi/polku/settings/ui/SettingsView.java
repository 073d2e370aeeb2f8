package fi.polku.settings.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.settings.Settings;
import jakarta.annotation.security.RolesAllowed;

/** Admins set the organisation that certificates name and see how mail and content are set up. */
@Route("admin/settings")
@Menu(order = 96, icon = "vaadin:cog-o", title = "menu.settings")
@RolesAllowed("ADMIN")
class SettingsView extends Main implements HasDynamicTitle {

    final OrganisationSection organisation;
    final StatusSection status;

    SettingsView(Settings settings) {
        addClassName("page");
        addClassName("settings-page");
        organisation = new OrganisationSection(settings);
        status = new StatusSection(settings);
        add(new H1(getTranslation("menu.settings")), new Paragraph(getTranslation("settings.intro")), organisation, status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.settings") + " · Polku";
    }
}
