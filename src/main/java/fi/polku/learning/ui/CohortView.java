package fi.polku.learning.ui;

import fi.polku.shared.DisplayZone;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.polku.content.CourseCatalog;
import fi.polku.content.LessonDetails;
import fi.polku.learning.CohortId;
import fi.polku.learning.CohortRow;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Plans;
import fi.polku.learning.Sparring;
import fi.polku.shared.LocalFormats;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A facilitator's view of one cohort: a row a learner with progress per part, last activity, plan,
 * theme and sparring; flags for who is stuck; filters, CSV export and the cohort's progress chart.
 */
@Route("cohorts/:cohortId")
@RolesAllowed({"FACILITATOR", "ADMIN"})
class CohortView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<CohortRow> grid = new Grid<>();
    final TextField filter = new TextField();
    final Checkbox onlyFlagged = new Checkbox();
    private final Cohorts cohorts;
    private final Plans plans;
    private final Sparring sparring;
    private final CourseCatalog catalog;
    private List<CohortRow> rows = List.of();
    private String title = "";

    CohortView(Cohorts cohorts, Plans plans, Sparring sparring, CourseCatalog catalog) {
        this.cohorts = cohorts;
        this.plans = plans;
        this.sparring = sparring;
        this.catalog = catalog;
        addClassNames("page", "wide-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CohortId id = CohortId.of(event.getRouteParameters().get("cohortId").orElseThrow());
        CohortSummary cohort = cohorts.get(id);
        title = cohort.name();
        removeAll();
        DateTimeFormatter date = LocalFormats.date(FormatStyle.MEDIUM, getLocale());
        String courseTitle = catalog.course(cohort.courseId(), getLocale()).map(c -> c.title()).orElse(cohort.courseId());
        rows = cohorts.rows(id);
        // the numbers a facilitator looks for first, on one line above the chart
        Paragraph facts = new Paragraph(courseTitle + " · " + date.format(cohort.startsOn()) + " – "
                + date.format(cohort.endsOn()) + " · " + getTranslation("cohort.enrolled", cohort.enrolled())
                + " · " + getTranslation("cohort.completed-count", rows.stream().filter(r -> r.percent() >= 100).count())
                + " · " + getTranslation("cohort.flagged-count", rows.stream().filter(CohortRow::flagged).count()));
        facts.addClassName("muted");
        add(new Anchor("cohorts", getTranslation("menu.cohorts")), new H1(cohort.name()), facts);
        add(ProgressChart.of(cohorts.progressByDay(id), getTranslation("cohort.chart")));

        configureGrid(cohorts.partTitles(id, getLocale()), planLabels(cohort.courseId()));
        filter.setPlaceholder(getTranslation("cohort.filter"));
        filter.setAriaLabel(getTranslation("cohort.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> applyFilter());
        onlyFlagged.setLabel(getTranslation("cohort.only-flagged"));
        onlyFlagged.addValueChangeListener(e -> applyFilter());
        Locale language = getLocale();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] csv = cohorts.exportCsv(id, language);
            return new DownloadResponse(new ByteArrayInputStream(csv), "cohort.csv", "text/csv; charset=UTF-8", csv.length);
        }), getTranslation("cohort.export"));
        FlexLayout tools = new FlexLayout(filter, onlyFlagged, export);
        tools.addClassName("toolbar");
        add(new H2(getTranslation("cohort.learners")), tools, grid);
        grid.setAllRowsVisible(rows.size() <= 30);
        applyFilter();
        add(new EnrolSection(cohorts, id, () -> UI().getPage().reload()));
        var sessions = cohorts.sessions(id);
        add(new GroupsSection(sparring, id, sessions));
        add(new SessionsSection(cohorts, id));
    }

    private com.vaadin.flow.component.UI UI() {
        return getUI().orElseThrow();
    }

    /**
     * Sized to fit a laptop screen (1280 px beside the menu): short headers that wrap instead of
     * truncating, fixed widths for numbers and dates, theme and group share what is left, and the
     * plan column is itself the button that opens the plan.
     */
    private void configureGrid(List<String> parts, Map<String, String> planLabels) {
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        var time = LocalFormats.date(FormatStyle.SHORT, getLocale()).withZone(DisplayZone.get());
        grid.addColumn(CohortRow::name).setHeader(getTranslation("users.name")).setSortable(true)
                .setWidth("9rem").setFlexGrow(0).setFrozen(true);
        for (int i = 0; i < parts.size(); i++) {
            int part = i;
            // "Part 1": the part's title is the tooltip and accessible name
            Span header = new Span(getTranslation("cohort.part-short", i + 1));
            header.getElement().setAttribute("title", parts.get(i));
            header.getElement().setAttribute("aria-label", parts.get(i));
            fixed(grid.addColumn(r -> r.partPercents().size() > part ? LocalFormats.percent(r.partPercents().get(part), getLocale()) : "")
                    .setHeader(header).setComparator(r -> r.partPercents().size() > part ? r.partPercents().get(part) : 0), "4.25rem");
        }
        fixed(grid.addColumn(r -> LocalFormats.percent(r.percent(), getLocale())).setHeader(getTranslation("progress.course"))
                .setComparator(CohortRow::percent), "5rem");
        fixed(grid.addColumn(r -> time.format(r.lastActivity())).setHeader(getTranslation("cohort.last-activity"))
                .setComparator(CohortRow::lastActivity), "6.5rem");
        grid.addColumn(r -> r.theme() == null ? "—" : r.theme()).setHeader(getTranslation("cohort.theme"))
                .setSortable(true).setWidth("5rem").setFlexGrow(1);
        grid.addColumn(r -> r.group() == null ? "—" : r.group()).setHeader(getTranslation("cohort.group"))
                .setSortable(true).setWidth("5rem").setFlexGrow(1);
        fixed(grid.addColumn(CohortRow::sessionsAttended).setHeader(getTranslation("cohort.attended"))
                .setSortable(true), "5.5rem");
        fixed(grid.addComponentColumn(this::flags).setHeader(getTranslation("cohort.flags")), "6rem");
        fixed(grid.addComponentColumn(r -> planButton(r, planLabels)).setHeader(getTranslation("cohort.plan"))
                .setComparator(CohortRow::planVersions), "6rem");
        grid.setEmptyStateText(getTranslation("cohort.no-learners"));
    }

    private static void fixed(Grid.Column<CohortRow> column, String width) {
        column.setWidth(width).setFlexGrow(0);
    }

    private Button planButton(CohortRow row, Map<String, String> planLabels) {
        Button open = new Button(row.planVersions() == 0 ? "—" : getTranslation("cohort.plan-versions", row.planVersions()),
                e -> new PlanReviewDialog(plans, row, planLabels).open());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.setAriaLabel(getTranslation("cohort.open-plan") + ": " + row.name());
        open.setEnabled(row.planVersions() > 0);
        return open;
    }

    private Div flags(CohortRow row) {
        Div flags = new Div();
        if (row.inactive()) {
            flags.add(badge(getTranslation("cohort.flag-inactive")));
        }
        if (row.behind()) {
            flags.add(badge(getTranslation("cohort.flag-behind")));
        }
        return flags;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("badge-error");
        return badge;
    }

    void applyFilter() {
        String text = filter.getValue().strip().toLowerCase(getLocale());
        grid.setItems(rows.stream()
                .filter(r -> text.isEmpty() || r.name().toLowerCase(getLocale()).contains(text)
                        || r.email().contains(text) || (r.theme() != null && r.theme().toLowerCase(getLocale()).contains(text)))
                .filter(r -> !onlyFlagged.getValue() || r.flagged()).toList());
    }

    private Map<String, String> planLabels(String courseId) {
        Map<String, String> labels = new HashMap<>();
        catalog.course(courseId, getLocale()).ifPresent(c -> c.lessons().forEach(l -> catalog
                .lesson(courseId, l.id(), getLocale())
                .filter(p -> p.details() instanceof LessonDetails.Plan)
                .ifPresent(p -> ((LessonDetails.Plan) p.details()).fields().forEach(f -> labels.put(f.id(), f.label())))));
        return labels;
    }

    @Override
    public String getPageTitle() {
        return title + " · Polku";
    }
}
