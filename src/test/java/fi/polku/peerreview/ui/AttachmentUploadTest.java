package fi.polku.peerreview.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import fi.polku.support.HostileFiles;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused attachment is explained next to the upload, and the report the learner was writing stays. */
@SpringBootTest
class AttachmentUploadTest extends SpringBrowserlessTest {

    static final String COURSE = "innovative-teachers";

    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Accounts accounts;
    @Autowired PeerReviews peerReviews;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    @Test
    void aZipBombOrAProgramIsRefusedWithAMessageAndTheTypedReportIsKept() {
        SignIn.as(users, security, "kaisa@polku.local");
        CohortSummary cohort = cohorts.create(new NewCohort(COURSE, "Liitteet " + UUID.randomUUID(),
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(60), null, null));
        String email = "liite-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration("Åsa Öhman", email, "a-long-password", Locale.of("fi")));
        SignIn.as(users, security, email);
        learning.enrol(cohort.id(), "");
        UI.getCurrent().setLocale(Locale.of("fi"));
        navigate("courses/" + COURSE + "/project-report", com.vaadin.flow.component.Component.class);
        AssignmentPanel panel = find(AssignmentPanel.class).single();
        test(panel.title).setValue("Äänestys luokassa");
        test(panel.text).setValue("Oppilaat äänestivät **itse** projektin aiheen.");
        Upload upload = find(Upload.class).from(panel).single();

        test(upload).upload("raportti.docx", "application/octet-stream", HostileFiles.docxBomb(100));
        assertThat(panel.status.getText()).contains("purkautuu yli 100-kertaiseksi");
        test(upload).upload("raportti.pdf", "application/pdf", HostileFiles.exe());
        assertThat(panel.status.getText()).contains("Tämän tyyppistä tiedostoa ei hyväksytä");

        assertThat(panel.title.getValue()).isEqualTo("Äänestys luokassa");
        assertThat(panel.text.getValue()).isEqualTo("Oppilaat äänestivät **itse** projektin aiheen.");
        Views.Submission draft = peerReviews.mine(COURSE, "project-report").submission().orElseThrow();
        assertThat(draft.title()).as("saved as a draft, too").isEqualTo("Äänestys luokassa");
        assertThat(draft.attachments()).isEmpty();
    }
}
