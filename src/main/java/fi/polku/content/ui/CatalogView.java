package fi.polku.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.content.CourseCatalog;
import fi.polku.content.CourseSummary;
import fi.polku.content.PartSummary;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.stream.Collectors;

/** Every course on offer, with what it takes and in which languages. */
@Route("courses")
@Menu(order = 10, icon = "vaadin:book", title = "menu.courses")
@PermitAll
class CatalogView extends Main implements HasDynamicTitle {

    final Div courses = new Div();

    private final List<ContentViewExtension> extensions;

    CatalogView(CourseCatalog catalog, List<ContentViewExtension> extensions) {
        this.extensions = extensions;
        addClassName("page");
        courses.addClassName("course-cards");
        List<CourseSummary> all = catalog.courses(getLocale());
        add(new H1(getTranslation("catalog.title")));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("catalog.empty")));
        }
        all.forEach(c -> courses.add(card(c)));
        add(courses);
    }

    private Div card(CourseSummary course) {
        Div card = new Div();
        card.addClassName("course-card");
        H2 title = new H2(new Anchor("courses/" + course.id(), course.title()));
        Paragraph description = new Paragraph(course.description());
        Div facts = new Div(
                fact(getTranslation("catalog.organisation"), course.organisation()),
                fact(getTranslation("catalog.workload"), Format.workload(this, course)),
                fact(getTranslation("catalog.languages"), course.languages().stream()
                        .map(l -> Format.capitalised(l.getDisplayLanguage(getLocale()), getLocale()))
                        .collect(Collectors.joining(", "))));
        facts.addClassName("facts");
        OrderedList parts = new OrderedList();
        parts.addClassName("part-list");
        for (PartSummary part : course.parts()) {
            parts.add(new ListItem(part.title() + " · " + getTranslation("catalog.lessons", part.lessons().size())));
        }
        Anchor open = new Anchor("courses/" + course.id(), getTranslation("catalog.open"));
        open.addClassName("button-link");
        card.add(title, description, facts, parts);
        extensions.forEach(x -> x.catalogCard(course).forEach(card::add));
        card.add(open);
        return card;
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Div fact = new Div(l, new Span(value));
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title") + " · Polku";
    }
}
