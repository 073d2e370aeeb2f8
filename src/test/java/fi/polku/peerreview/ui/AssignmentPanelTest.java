package fi.polku.peerreview.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.learning.CohortId;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.peerreview.PeerReviews;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The learner's own report on an assignment lesson: what removing, withdrawing and resubmitting do. */
@SpringBootTest(properties = {"polku.content.dir=src/test/resources/content-nobody-waits", "polku.review.sweep=PT87600H"})
@WithUserDetails("kaisa@polku.local")
class AssignmentPanelTest extends SpringBrowserlessTest {

    static final String COURSE = "waits";
    static final String LESSON = "report";

    @Autowired PeerReviews peerReviews;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    @BeforeEach
    void enrolANewLearner() {
        CohortId cohort = cohorts.create(new NewCohort(COURSE, "Paneeli " + UUID.randomUUID(), LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(40), null, null)).id();
        String email = "p-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration("Pirkko Pääkkönen", email, "a-long-password", Locale.ENGLISH));
        SignIn.as(users, security, email);
        learning.enrol(cohort, "");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    void attach(String fileName) {
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        peerReviews.attach(COURSE, LESSON, fileName, pdf.length, new ByteArrayInputStream(pdf));
    }

    AssignmentPanel open() {
        navigate("courses/" + COURSE + "/" + LESSON, Component.class);
        return find(AssignmentPanel.class).single();
    }

    @Test
    void removingAnAttachmentAsksFirstAndCancelKeepsIt() {
        peerReviews.saveDraft(COURSE, LESSON, "Hanke", "Teksti");
        attach("muistiinpanot-äö.pdf");
        AssignmentPanel panel = open();
        Button remove = find(Button.class).withText("Remove").single();

        test(remove).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getProperty("message")).contains("muistiinpanot-äö.pdf");
        test(dialog).cancel();
        assertThat(peerReviews.mine(COURSE, LESSON).submission().orElseThrow().attachments()).hasSize(1);
        assertThat(panel.attachments.getElement().getTextRecursively()).contains("muistiinpanot-äö.pdf");

        test(remove).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(peerReviews.mine(COURSE, LESSON).submission().orElseThrow().attachments()).isEmpty();
        assertThat(panel.attachments.getElement().getTextRecursively()).doesNotContain("muistiinpanot-äö.pdf");
    }

    @Test
    void aReportWithdrawnAndSubmittedAgainCanBeWithdrawnAgainWithoutErrorsOrDoubledAttachments() {
        peerReviews.saveDraft(COURSE, LESSON, "Hanke", "Teksti");
        attach("liite.pdf");
        peerReviews.submit(COURSE, LESSON);
        AssignmentPanel panel = open();

        test(panel.withdraw).click();
        test(panel.submit).click();
        assertThat(peerReviews.mine(COURSE, LESSON).submission().orElseThrow().submitted()).isTrue();
        test(panel.withdraw).click();

        assertThat(peerReviews.mine(COURSE, LESSON).submission().orElseThrow().submitted()).isFalse();
        assertThat(find(Notification.class).all()).as("no error shown").isEmpty();
        assertThat(panel.status.getText()).as("no longer says submitted").isEmpty();
        assertThat(panel.attachments.getChildren().count()).isEqualTo(1);
    }
}
