package fi.polku.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fi.polku.learning.CohortId;
import fi.polku.learning.Cohorts;
import fi.polku.learning.EnrolResult;
import fi.polku.learning.ImportReport;

import fi.polku.shared.UploadGuard;
import fi.polku.shared.UploadRefused;

import java.io.StringReader;

/** Enrolling learners by hand or from a class list (CSV of names and emails). */
class EnrolSection extends Div {

    static final int MAX_CSV_BYTES = 1_000_000;

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Button enrol = new Button();
    final Upload upload;
    final Div report = new Div();

    EnrolSection(Cohorts cohorts, CohortId cohort, Runnable refresh) {
        addClassName("section");
        add(new H2(getTranslation("cohort.enrol")));
        name.setLabel(getTranslation("users.name"));
        email.setLabel(getTranslation("users.email"));
        email.setManualValidation(true);
        enrol.setText(getTranslation("cohort.enrol-one"));
        enrol.addClickListener(e -> {
            if (name.getValue().isBlank() || email.getValue().isBlank()) {
                email.setErrorMessage(getTranslation("form.required"));
                email.setInvalid(true);
                return;
            }
            EnrolResult result = cohorts.enrolByHand(cohort, name.getValue(), email.getValue());
            if (result == EnrolResult.ENROLLED) {
                refresh.run();
            } else {
                email.setErrorMessage(getTranslation("enrol.result." + result.name()));
                email.setInvalid(true);
            }
        });
        FlexLayout byHand = new FlexLayout(name, email, enrol);
        byHand.addClassName("toolbar");

        UI ui = UI.getCurrent();
        // Read on the request, never past the limit, and only as UTF-8 text: a program or a
        // spreadsheet renamed .csv is refused before any line of it is taken for a learner.
        upload = new Upload((UploadHandler) event -> {
            try {
                String csv = UploadGuard.text(UploadGuard.readAtMost(event.getInputStream(), MAX_CSV_BYTES));
                ui.access(() -> show(cohorts.importCsv(cohort, new StringReader(csv))));
            } catch (UploadRefused refused) {
                event.reject(getTranslation(ui.getLocale(), refused.messageKey(), refused.arguments()));
                ui.access(() -> refuse(refused));
            }
        });
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("cohort.import-button")));
        upload.setMaxFileSize(MAX_CSV_BYTES);
        upload.addFileRejectedListener(e -> refuse(new UploadRefused("upload.too-large",
                UploadGuard.megabytes(MAX_CSV_BYTES))));
        report.getElement().setAttribute("role", "status");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("cohort.import-help")));
        add(byHand, new Paragraph(getTranslation("cohort.import")), upload, report);
    }

    void refuse(UploadRefused refused) {
        report.removeAll();
        Paragraph problem = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
        problem.addClassName("field-problem");
        report.add(problem);
    }

    void show(ImportReport result) {
        report.removeAll();
        report.add(new Paragraph(getTranslation("cohort.import-result", result.enrolled(), result.invited(),
                result.alreadyEnrolled(), result.problems().size())));
        if (!result.problems().isEmpty()) {
            UnorderedList list = new UnorderedList();
            result.problems().forEach(p -> list.add(new ListItem(getTranslation("cohort.import-line", p.line(), p.message()))));
            report.add(list);
        }
    }
}
