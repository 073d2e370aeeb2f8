package fi.polku.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.content.CourseCatalog;
import fi.polku.content.CourseSummary;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.LearningException;
import fi.polku.learning.NewCohort;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.shared.LocalFormats;
import jakarta.annotation.security.RolesAllowed;

import java.util.Optional;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.stream.Collectors;

/** The cohorts a facilitator runs, and a form to start a new one. */
@Route("cohorts")
@Menu(order = 20, icon = "vaadin:group", title = "menu.cohorts")
@RolesAllowed({"FACILITATOR", "ADMIN"})
class CohortsView extends Main implements HasDynamicTitle {

    final Grid<CohortSummary> grid = new Grid<>();
    final ComboBox<CourseSummary> course = new ComboBox<>();
    final TextField name = new TextField();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final TextField key = new TextField();
    final IntegerField capacity = new IntegerField();
    final MultiSelectComboBox<UserAccount> facilitators = new MultiSelectComboBox<>();
    final Button create = new Button();
    private final Cohorts cohorts;

    CohortsView(Cohorts cohorts, CourseCatalog catalog, Accounts accounts) {
        this.cohorts = cohorts;
        addClassName("page");
        DateTimeFormatter date = LocalFormats.date(FormatStyle.MEDIUM, getLocale());
        grid.addComponentColumn(c -> new Anchor("cohorts/" + c.id(), c.name())).setHeader(getTranslation("cohort.name"))
                .setAutoWidth(true);
        Map<String, String> courseTitles = catalog.courses(getLocale()).stream()
                .collect(Collectors.toMap(CourseSummary::id, CourseSummary::title, (a, b) -> a));
        // a cohort of a course that was removed from content/ still shows, by its id
        grid.addColumn(c -> courseTitles.getOrDefault(c.courseId(), c.courseId())).setHeader(getTranslation("cohort.course")).setAutoWidth(true);
        grid.addColumn(c -> date.format(c.startsOn()) + " – " + date.format(c.endsOn()))
                .setHeader(getTranslation("cohort.dates")).setAutoWidth(true);
        grid.addColumn(c -> c.capacity() == null ? String.valueOf(c.enrolled()) : c.enrolled() + " / " + c.capacity())
                .setHeader(getTranslation("cohort.learners"));
        grid.setEmptyStateText(getTranslation("cohort.none"));
        grid.setAllRowsVisible(true);
        grid.setItems(cohorts.mine());

        course.setLabel(getTranslation("cohort.course"));
        course.setItems(catalog.courses(getLocale()));
        course.setItemLabelGenerator(CourseSummary::title);
        name.setLabel(getTranslation("cohort.name"));
        name.setMaxLength(200);
        startsOn.setLabel(getTranslation("cohort.starts"));
        startsOn.setLocale(getLocale());
        endsOn.setLabel(getTranslation("cohort.ends"));
        endsOn.setLocale(getLocale());
        key.setLabel(getTranslation("cohort.key"));
        key.setHelperText(getTranslation("cohort.key-help"));
        capacity.setLabel(getTranslation("cohort.capacity"));
        capacity.setMin(1);
        capacity.setHelperText(getTranslation("cohort.capacity-help"));
        facilitators.setLabel(getTranslation("cohort.facilitators"));
        facilitators.setHelperText(getTranslation("cohort.facilitators-help"));
        facilitators.setItems(accounts.list(Optional.of(Role.FACILITATOR), 0, 500));
        facilitators.setItemLabelGenerator(UserAccount::displayName);
        for (var f : new com.vaadin.flow.component.HasValidation[] {course, name, startsOn, endsOn, capacity}) {
            f.setManualValidation(true);
        }
        create.setText(getTranslation("cohort.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        FormLayout form = new FormLayout(course, name, startsOn, endsOn, key, capacity, facilitators);
        add(new H1(getTranslation("menu.cohorts")), grid, new H2(getTranslation("cohort.new")), form, create);
    }

    private void create() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("course", course, "name", name,
                "startsOn", startsOn, "endsOn", endsOn, "capacity", capacity);
        Errors.clear(fields);
        boolean ok = required(course.getValue() != null, course) & required(!name.getValue().isBlank(), name)
                & required(startsOn.getValue() != null, startsOn) & required(endsOn.getValue() != null, endsOn);
        if (!ok) {
            return;
        }
        try {
            cohorts.create(new NewCohort(course.getValue().id(), name.getValue(), startsOn.getValue(), endsOn.getValue(),
                    key.getValue(), capacity.getValue(),
                    facilitators.getValue().stream().map(UserAccount::id).collect(java.util.stream.Collectors.toSet())));
        } catch (LearningException problem) {
            var field = switch (problem.messageKey()) {
                case "cohort.ends-before-start" -> endsOn;
                case "cohort.capacity-too-small" -> capacity;
                default -> course;
            };
            field.setErrorMessage(getTranslation(problem.messageKey()));
            field.setInvalid(true);
            return;
        }
        grid.setItems(cohorts.mine());
        name.clear();
        key.clear();
        capacity.clear();
        facilitators.clear();
    }

    private boolean required(boolean present, com.vaadin.flow.component.HasValidation field) {
        if (!present) {
            field.setErrorMessage(getTranslation("form.required"));
            field.setInvalid(true);
        }
        return present;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.cohorts") + " · Polku";
    }
}
