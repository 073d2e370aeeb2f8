package fi.polku.certificates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.certificates.CertificateView;
import fi.polku.certificates.Certificates;
import fi.polku.shared.LocalFormats;
import jakarta.annotation.security.PermitAll;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The learner's certificates: download, print, verify, add to LinkedIn, ask for a printed copy. */
@Route("certificates")
@Menu(order = 40, icon = "vaadin:diploma", title = "menu.certificates")
@PermitAll
class MyCertificatesView extends Main implements HasDynamicTitle {

    MyCertificatesView(Certificates certificates) {
        addClassName("page");
        add(new H1(getTranslation("menu.certificates")));
        List<CertificateView> mine = certificates.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("certificates.none")));
            return;
        }
        DateTimeFormatter date = LocalFormats.date(FormatStyle.LONG, getLocale());
        for (CertificateView c : mine) {
            Div card = new Div();
            card.addClassName("course-card");
            card.add(new H2(c.courseTitle()), new Paragraph(c.organisation() + " · " + date.format(c.completedOn())),
                    new Paragraph(getTranslation("verify.code") + ": " + c.code() + " · "
                            + getTranslation("verify.status." + c.status().name())));
            if (c.status() == CertificateView.Status.VALID) {
                Div links = new Div(file("certificates/" + c.code() + ".pdf", "certificates.pdf"),
                        file("certificates/" + c.code() + ".pdf?print=true", "certificates.print-pdf"),
                        file("verify/" + c.code(), "certificates.verify"),
                        file("badges/" + c.code() + ".json", "certificates.badge"));
                Anchor linkedIn = new Anchor(certificates.linkedInUrl(c.code()), getTranslation("certificates.linkedin"),
                        AnchorTarget.BLANK);
                linkedIn.getElement().setAttribute("rel", "noopener noreferrer");
                linkedIn.addClassName("button-link");
                links.addClassName("toolbar");
                card.add(links, linkedIn, printForm(certificates, c));
            }
            add(card);
        }
    }

    private Anchor file(String href, String key) {
        Anchor a = new Anchor(href, getTranslation(key));
        a.setRouterIgnore(true); // files and the verify page are served outside Vaadin's router
        a.getStyle().set("margin-right", "var(--lumo-space-m)");
        return a;
    }

    private Details printForm(Certificates certificates, CertificateView c) {
        TextField recipient = new TextField(getTranslation("certificates.recipient"));
        recipient.setValue(c.learnerName());
        recipient.setManualValidation(true);
        TextArea address = new TextArea(getTranslation("certificates.address"));
        address.setManualValidation(true);
        address.setWidthFull();
        Button send = new Button(getTranslation("certificates.request"), e -> {
            if (address.getValue().isBlank()) {
                address.setErrorMessage(getTranslation("form.required"));
                address.setInvalid(true);
                return;
            }
            certificates.requestPrint(c.code(), recipient.getValue(), address.getValue());
            address.setInvalid(false);
            Notification.show(getTranslation("certificates.requested"));
        });
        return new Details(getTranslation("certificates.printed"), new Div(recipient, address, send));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.certificates") + " · Polku";
    }
}
