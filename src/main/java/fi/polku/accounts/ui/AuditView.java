package fi.polku.accounts.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Audit;
import fi.polku.accounts.AuditEntry;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.shared.DisplayZone;
import fi.polku.shared.LocalFormats;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/** Admins read the audit log, newest first, narrowed by person (email), action and dates. */
@Route("admin/audit")
@Menu(order = 91, icon = "vaadin:records", title = "menu.audit")
@RolesAllowed("ADMIN")
class AuditView extends Main implements HasDynamicTitle {

    static final List<String> ACTIONS = List.of(Audit.DATA_EXPORTED, Audit.ACCOUNT_DELETED, Audit.ROLE_GRANTED,
            Audit.ROLE_REVOKED, Audit.CERTIFICATE_REVOKED, Audit.POST_MODERATED);

    final Grid<AuditEntry> grid = new Grid<>();
    final TextField person = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    private final Audit audit;
    private final Accounts accounts;

    AuditView(Audit audit, Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
        addClassName("page");
        person.setLabel(getTranslation("audit.filter.person"));
        person.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(ACTIONS);
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        person.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        DateTimeFormatter time = LocalFormats.dateTime(FormatStyle.SHORT, getLocale()).withZone(DisplayZone.get());
        grid.addColumn(e -> time.format(e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(this::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(this::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.detail"));
        grid.setItems(query -> audit.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter())));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        add(new H1(getTranslation("menu.audit")), new HorizontalLayout(person, action, from, to), grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** An email that matches nobody filters on an id nobody has, so the grid shows nothing rather than everything. */
    private Audit.Filter filter() {
        UserId who = null;
        String typed = person.getValue().strip();
        if (!typed.isEmpty()) {
            who = accounts.findByEmail(typed).map(UserAccount::id)
                    .orElseGet(() -> new UserId(new java.util.UUID(0, 0)));
        }
        return new Audit.Filter(who, action.getValue(), from.getValue(), to.getValue());
    }

    private String actor(AuditEntry e) {
        if (e.actor() == null) {
            return getTranslation("audit.system");
        }
        return e.actorName().isEmpty() ? getTranslation("audit.removed-user") : e.actorName();
    }

    /** The subject's current name when they still have an account; a removed person is only an id. */
    private String subject(AuditEntry e) {
        @Nullable UserId id = e.subject();
        if (id == null) {
            return "";
        }
        Optional<UserAccount> account = accounts.find(id);
        return account.map(a -> a.displayName() + " <" + a.email() + ">")
                .orElseGet(() -> getTranslation("audit.removed-user") + " (" + id.value().toString().substring(0, 8) + ")");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit") + " · Polku";
    }
}
