package fi.polku.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.content.ContentProblem;
import fi.polku.content.CourseCatalog;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Admins see every problem in the content files, with file and line, and can reload. */
@Route("admin/content")
@Menu(order = 95, icon = "vaadin:file-text-o", title = "menu.content")
@RolesAllowed("ADMIN")
class ContentProblemsView extends Main implements HasDynamicTitle {

    final Grid<ContentProblem> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button reload = new Button();
    private final CourseCatalog catalog;

    ContentProblemsView(CourseCatalog catalog) {
        this.catalog = catalog;
        addClassName("page");
        grid.addColumn(p -> getTranslation("problems.severity." + p.severity().name())).setHeader(
                getTranslation("problems.severity")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.file() + ":" + p.line()).setHeader(getTranslation("problems.where")).setAutoWidth(true);
        grid.addColumn(ContentProblem::message).setHeader(getTranslation("problems.message")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("problems.none"));
        reload.setText(getTranslation("problems.reload"));
        reload.setIcon(VaadinIcon.REFRESH.create());
        reload.addClickListener(e -> {
            catalog.reload();
            show();
            Notification.show(getTranslation("problems.reloaded"));
        });
        add(new H1(getTranslation("menu.content")), summary, reload, grid);
        show();
    }

    private void show() {
        List<ContentProblem> problems = catalog.problems();
        long errors = problems.stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).count();
        summary.setText(getTranslation("problems.summary", catalog.courses(getLocale()).size(), errors,
                problems.size() - errors));
        grid.setItems(problems);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.content") + " · Polku";
    }
}
