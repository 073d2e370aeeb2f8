package fi.polku.certificates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.polku.certificates.CertificateView;
import fi.polku.certificates.Certificates;
import fi.polku.certificates.internal.VerifyLimiter;
import fi.polku.shared.ui.LanguageSwitch;
import fi.polku.shared.LocalFormats;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/** Public: anyone can check what a certificate's code certifies and whether it still stands. */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div result = new Div();
    final TextField code = new TextField();
    private final Certificates certificates;
    private final VerifyLimiter limiter;

    VerifyView(Certificates certificates, VerifyLimiter limiter) {
        this.certificates = certificates;
        this.limiter = limiter;
        addClassName("auth-page");
        code.setLabel(getTranslation("verify.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX-X");
        code.setWidthFull();
        Button check = new Button(getTranslation("verify.check"), e -> show(code.getValue()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H1 brand = new H1("Polku");
        brand.addClassName("brand");
        Div card = new Div(brand, new H2(getTranslation("verify.title")), result, code, check, new LanguageSwitch(l -> { }));
        card.addClassNames("auth-card", "verify-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String typed = event.getRouteParameters().get("code").orElse("");
        if (!typed.isBlank()) {
            code.setValue(typed);
            show(typed);
        }
    }

    void show(String typed) {
        result.removeAll();
        VaadinRequest request = VaadinRequest.getCurrent();
        String client = request == null ? "local" : request.getRemoteAddr();
        if (!limiter.allow(client)) {
            result.add(status("verify.too-many", "status-warning"));
            return;
        }
        Optional<CertificateView> found = certificates.verify(typed);
        if (found.isEmpty()) {
            result.add(status("verify.unknown", "status-warning"));
            return;
        }
        CertificateView c = found.get();
        result.add(status("verify.status." + c.status().name(), c.status() == CertificateView.Status.VALID
                || c.status() == CertificateView.Status.HOLDER_REMOVED ? "status-valid" : "status-invalid"));
        DateTimeFormatter date = LocalFormats.date(FormatStyle.LONG, getLocale());
        // a holder who deleted their account is named nowhere, not even as a blank line
        if (!c.learnerName().isEmpty()) {
            result.add(fact("verify.name", c.learnerName()));
        }
        result.add(fact("verify.course", c.courseTitle()),
                fact("verify.organisation", c.organisation()), fact("verify.date", date.format(c.completedOn())));
        if (c.hours() != null) {
            result.add(fact("verify.hours", String.valueOf(c.hours())));
        }
        if (c.status() == CertificateView.Status.REPLACED && c.replacedBy() != null) {
            result.add(new Anchor("verify/" + c.replacedBy(), getTranslation("verify.see-new")));
        }
        if (c.status() == CertificateView.Status.VALID) {
            Anchor pdf = new Anchor("certificates/" + c.code() + ".pdf", getTranslation("verify.pdf"));
            pdf.setRouterIgnore(true);
            result.add(new Div(pdf));
        }
    }

    private Paragraph status(String key, String cls) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassNames("verify-status", cls);
        p.getElement().setAttribute("role", "status");
        return p;
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("fact-label");
        Div row = new Div(label, new Span(value));
        row.addClassName("fact");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " · Polku";
    }
}
