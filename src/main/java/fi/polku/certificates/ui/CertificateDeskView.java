package fi.polku.certificates.ui;

import fi.polku.shared.ui.Confirmation;
import fi.polku.shared.DisplayZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.accounts.Accounts;
import fi.polku.certificates.CertificateView;
import fi.polku.certificates.Certificates;
import fi.polku.certificates.PrintRequestView;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import fi.polku.shared.LocalFormats;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Facilitators issue by hand, revoke and reissue certificates, and send printed copies. */
@Route("certificates/desk")
@Menu(order = 45, icon = "vaadin:envelope-o", title = "menu.certificate-desk")
@RolesAllowed({"FACILITATOR", "ADMIN"})
class CertificateDeskView extends Main implements HasDynamicTitle {

    final Grid<CertificateView> issued = new Grid<>();
    final Grid<PrintRequestView> prints = new Grid<>();
    final TextField reason = new TextField();
    private final Certificates certificates;

    CertificateDeskView(Certificates certificates, Accounts accounts) {
        this.certificates = certificates;
        addClassNames("page", "wide-page");
        reason.setLabel(getTranslation("desk.reason"));
        reason.setWidth("24rem");
        TextField email = new TextField(getTranslation("users.email"));
        TextField course = new TextField(getTranslation("desk.course-id"));
        course.setValue("innovative-teachers");
        Button issue = new Button(getTranslation("desk.issue"), e -> run(() -> certificates.issue(
                accounts.findByEmail(email.getValue()).orElseThrow(() -> new IllegalArgumentException("?")).id(),
                course.getValue(), reason.getValue())));
        issued.addColumn(CertificateView::learnerName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        issued.addColumn(CertificateView::courseTitle).setHeader(getTranslation("desk.course")).setAutoWidth(true);
        issued.addColumn(CertificateView::code).setHeader(getTranslation("verify.code")).setAutoWidth(true);
        issued.addColumn(c -> getTranslation("verify.status." + c.status().name())).setHeader(getTranslation("desk.status"));
        issued.addComponentColumn(c -> {
            Button revoke = new Button(getTranslation("desk.revoke"), e -> Confirmation.ask(this,
                    getTranslation("desk.revoke"), getTranslation("desk.revoke-confirm", c.learnerName(), c.courseTitle()),
                    getTranslation("desk.revoke"), () -> run(() -> certificates.revoke(c.code(), reason.getValue()))));
            Button reissue = new Button(getTranslation("desk.reissue"), e -> run(() -> certificates.reissue(c.code(), reason.getValue())));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            reissue.addThemeVariants(ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(c.status() == CertificateView.Status.VALID);
            reissue.setEnabled(c.status() == CertificateView.Status.VALID);
            return new FlexLayout(revoke, reissue);
        }).setAutoWidth(true);
        issued.setEmptyStateText(getTranslation("desk.none"));
        DateTimeFormatter time = LocalFormats.dateTime(FormatStyle.SHORT, getLocale())
                .withZone(DisplayZone.get());
        prints.addColumn(PrintRequestView::recipient).setHeader(getTranslation("certificates.recipient")).setAutoWidth(true);
        prints.addColumn(PrintRequestView::address).setHeader(getTranslation("certificates.address")).setFlexGrow(1);
        prints.addColumn(PrintRequestView::courseTitle).setHeader(getTranslation("desk.course")).setAutoWidth(true);
        prints.addColumn(p -> time.format(p.requestedAt())).setHeader(getTranslation("desk.requested")).setAutoWidth(true);
        prints.addComponentColumn(p -> p.sentAt() != null ? new com.vaadin.flow.component.html.Span(
                getTranslation("desk.sent", time.format(p.sentAt())))
                : new Button(getTranslation("desk.mark-sent"), e -> run(() -> certificates.markSent(p.id()))));
        prints.setEmptyStateText(getTranslation("desk.no-prints"));
        FlexLayout manual = new FlexLayout(email, course, issue);
        manual.addClassName("toolbar");
        add(new H1(getTranslation("menu.certificate-desk")), reason, new H2(getTranslation("desk.issued")), issued,
                new H2(getTranslation("desk.manual")), manual, new H2(getTranslation("desk.prints")), prints);
        refresh();
    }

    private void refresh() {
        issued.setItems(certificates.issued());
        prints.setItems(certificates.printRequests());
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
            Notification.show(getTranslation("desk.done"));
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException problem) {
            reason.setErrorMessage(getTranslation("desk.failed"));
            reason.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.certificate-desk") + " · Polku";
    }
}
