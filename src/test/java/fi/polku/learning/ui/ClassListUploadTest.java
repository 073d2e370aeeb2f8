package fi.polku.learning.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.support.HostileFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A class list that is no text, or too long, is refused next to the upload, and the form keeps what was typed. */
@SpringBootTest
@WithUserDetails("kaisa@polku.local")
class ClassListUploadTest extends SpringBrowserlessTest {

    @Autowired
    Cohorts cohorts;

    @Test
    void aProgramOrAnOversizedFileNamedCsvIsRefusedWithAMessageAndNobodyIsEnrolled() {
        UI.getCurrent().setLocale(Locale.of("fi"));
        CohortSummary demo = cohorts.mine().stream().filter(c -> c.name().startsWith("Demo")).findFirst().orElseThrow();
        int before = cohorts.rows(demo.id()).size();
        navigate("cohorts/" + demo.id(), CohortView.class);
        EnrolSection section = find(EnrolSection.class).single();
        test(section.name).setValue("Åsa Öhman");
        test(section.email).setValue("asa@koulu.fi");

        test(section.upload).upload("luokka.csv", "text/csv", HostileFiles.exe());
        assertThat(section.report.getElement().getTextRecursively()).contains("ei ole tekstitiedosto");

        test(section.upload).upload("iso.csv", "text/csv", new byte[EnrolSection.MAX_CSV_BYTES + 1]);
        assertThat(section.report.getElement().getTextRecursively()).contains("liian suuri");

        assertThat(section.name.getValue()).isEqualTo("Åsa Öhman");
        assertThat(section.email.getValue()).isEqualTo("asa@koulu.fi");
        assertThat(cohorts.rows(demo.id())).hasSize(before);
    }
}
