package fi.polku.accounts.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Audit;
import fi.polku.accounts.Privacy;
import fi.polku.accounts.Registration;
import fi.polku.accounts.UserId;
import fi.polku.certificates.Certificates;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * "My data" for a learner, "Delete account" for an admin, the audit log, which only admins open, and
 * the public verify page of a certificate whose holder is gone.
 */
@SpringBootTest
class PrivacyViewsTest extends SpringBrowserlessTest {

    /** The assertions read the English texts, so the UI says which language it speaks: not the machine's locale. */
    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Certificates certificates;
    @Autowired Privacy privacy;
    @Autowired WebApplicationContext context;

    String learner(String name) {
        SignIn.out(security);
        String email = "v-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration(name, email, "a-long-password", Locale.ENGLISH));
        return email;
    }

    @Test
    void aLearnerDownloadsTheirDataAndDeletesTheAccountOnlyAfterTypingTheWord() {
        String email = learner("Ilmari Öster");
        SignIn.as(users, security, email);
        AccountView view = navigate(AccountView.class);

        assertThat(view.download.getText()).isEqualTo("Download my data (ZIP)");
        assertThat(view.download.getHref()).as("served by a download handler").isNotBlank();
        assertThat(view.delete.isEnabled()).isFalse();
        test(view.confirmation).setValue("delete it");
        assertThat(view.delete.isEnabled()).isFalse();
        test(view.confirmation).setValue("DELETE");
        assertThat(view.delete.isEnabled()).isTrue();

        try {
            test(view.delete).click();
        } catch (RuntimeException signOutOutsideARealRequest) {
            // the account is gone before the sign-out; browserless has no servlet request to sign out of
        }
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void anAdminDeletesAnAccountAfterConfirmingAndReadsItInTheAuditLog() {
        String email = learner("Saga Åkerlund");
        SignIn.as(users, security, "admin@polku.local");
        UsersView users = navigate(UsersView.class);
        int row = rowOf(users, email);
        HorizontalLayout actions = (HorizontalLayout) test(users.grid).getCellComponent(row, 4);
        Button delete = actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.hasClassName("delete-account")).findFirst().orElseThrow();
        test(delete).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(accounts.findByEmail(email)).isEmpty();

        AuditView audit = navigate(AuditView.class);
        audit.action.setValue(Audit.ACCOUNT_DELETED);
        assertThat(test(audit.grid).size()).isPositive();
        assertThat(test(audit.grid).getCellText(0, 2)).isEqualTo("Account deleted");
        assertThat(test(audit.grid).getCellText(0, 3)).startsWith("Removed user");
        assertThat(test(audit.grid).getCellText(0, 4)).isEqualTo("admin");
        audit.person.setValue("nobody-" + UUID.randomUUID() + "@koulu.fi");
        assertThat(test(audit.grid).size()).as("an unknown email matches nothing").isZero();
    }

    @Test
    void onlyAdminsOpenTheAuditLog() {
        SignIn.as(users, security, "kaisa@polku.local");
        assertThat(open("admin/audit")).isNotInstanceOf(AuditView.class);
        SignIn.as(users, security, "aino@polku.local");
        assertThat(open("admin/audit")).isNotInstanceOf(AuditView.class);
        assertThat(open("account")).isInstanceOf(AccountView.class);
        SignIn.as(users, security, "admin@polku.local");
        assertThat(open("admin/audit")).isInstanceOf(AuditView.class);
    }

    @Test
    void aDeletedHoldersCertificateStillVerifiesAsIssuedButNamesNobody() throws Exception {
        String email = learner("Tuomas Öhrnberg");
        SignIn.as(users, security, "kaisa@polku.local");
        CohortSummary cohort = cohorts.create(new NewCohort("innovative-teachers", "Tietosuoja " + UUID.randomUUID(),
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), null, null));
        SignIn.as(users, security, email);
        learning.enrol(cohort.id(), "");
        UserId holder = accounts.findByEmail(email).orElseThrow().id();
        SignIn.as(users, security, "kaisa@polku.local");
        String code = certificates.issue(holder, "innovative-teachers", "Suoritettu muualla").code();
        SignIn.as(users, security, "admin@polku.local");
        privacy.delete(holder);

        SignIn.out(security);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpServletResponse verify = mvc.perform(get("/verify/" + code).header("Accept-Language", "en"))
                .andReturn().getResponse();
        String page = new String(verify.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(verify.getStatus()).isEqualTo(200);
        assertThat(page).contains("This certificate was issued; its holder has since removed their account.")
                .doesNotContain("Tuomas", "Öhrnberg");
    }

    private int rowOf(UsersView view, String email) {
        for (int i = 0; i < test(view.grid).size(); i++) {
            if (test(view.grid).getCellText(i, 1).equals(email)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + email);
    }

    private Object open(String route) {
        try {
            UI.getCurrent().navigate(route);
        } catch (RuntimeException refused) {
            return refused;
        }
        return getCurrentView();
    }
}
