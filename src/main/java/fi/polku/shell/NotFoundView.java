package fi.polku.shell;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in person sees at an address with nothing behind it: most often an old link to a
 * lesson the course author has since renamed or removed (a bookmark, a notification, a digest
 * mail). Before, Vaadin's bare "Could not navigate to …" line stood alone on a white page, in
 * English. Now the page keeps the menu, says what probably happened in the person's language and
 * offers the way on; the response status stays 404.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    NotFoundView() {
        addClassNames("page", "not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Anchor home = new Anchor("", getTranslation("notfound.home"));
        Anchor courses = new Anchor("courses", getTranslation("notfound.courses"));
        add(new H1(getTranslation("notfound.title")), new Paragraph(getTranslation("notfound.text")),
                new Paragraph(home, new Text(" · "), courses));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title") + " · Polku";
    }
}
