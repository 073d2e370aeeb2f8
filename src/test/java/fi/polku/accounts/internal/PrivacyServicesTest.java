package fi.polku.accounts.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Audit;
import fi.polku.accounts.AuditEntry;
import fi.polku.accounts.Privacy;
import fi.polku.accounts.PrivacyException;
import fi.polku.accounts.Registration;
import fi.polku.accounts.UserId;
import fi.polku.certificates.CertificateView;
import fi.polku.certificates.Certificates;
import fi.polku.community.Discussions;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.learning.PlanVersionView;
import fi.polku.learning.Plans;
import fi.polku.learning.Surveys;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import fi.polku.shared.DisplayZone;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A learner with data in every module, made through the services on a real H2 database, downloads it
 * all and then deletes the account; another learner's data is never in the export and survives the
 * deletion. Certificates on deletion: the default, keep-anonymous.
 */
@SpringBootTest(properties = "polku.content.dir=src/test/resources/content-learning")
class PrivacyServicesTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final String FILE_NAME = "Äänekosken hanke – raportti.pdf";

    @Autowired Privacy privacy;
    @Autowired Audit audit;
    @Autowired Accounts accounts;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Surveys surveys;
    @Autowired Plans plans;
    @Autowired PeerReviews peerReviews;
    @Autowired Discussions discussions;
    @Autowired Certificates certificates;
    @Autowired UserDetailsService users;
    @Autowired AuthenticationManager authentication;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    String vaino;
    String osten;
    UserId vainoId;
    String certificateCode;
    UUID reviewByVaino;
    java.util.List<String> pendingBefore = java.util.List.of();
    UUID vainosThread;
    /** The Spring context (and its database) is shared by the tests: each one's texts carry its own tag. */
    String tag;

    @BeforeEach
    void twoLearnersWithDataEverywhere() {
        pendingBefore = pendingEvents(); // left by other tests' listeners, not this setup's
        tag = UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(users, security, "kaisa@polku.local");
        CohortSummary mini = cohorts.create(new NewCohort("mini", "Syksy " + UUID.randomUUID(), LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(60), null, null));
        CohortSummary review = cohorts.create(new NewCohort("review", "Hanke " + UUID.randomUUID(),
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(60), null, null));
        vaino = register("Väinö Äijälä");
        osten = register("Östen Åberg");

        SignIn.as(users, security, vaino);
        vainoId = accounts.findByEmail(vaino).orElseThrow().id();
        learning.enrol(mini.id(), "");
        learning.saveReflection("mini", "think", "Opin, että pienet kokeilut kannattavat – Väinön pohdinta" + tag);
        surveys.submit("mini", "survey", Map.of("wish", "a", "tools", "x", "confidence", "3", "more", "Väinön toive" + tag),
                null, "Äänimaailmat");
        PlanVersionView plan = plans.save("mini", "plan", Map.of("goal", "Väinön tavoite: äänityöpaja" + tag, "actions", "Kokeilen"));
        vainosThread = discussions.startThread("mini", "intro", mini.id(), "Hei, Väinön ketjun aloitus").id();
        learning.enrol(review.id(), "");
        peerReviews.saveDraft("review", "report", "Väinön hanke", "Väinön raportin teksti" + tag);
        peerReviews.attach("review", "report", FILE_NAME, PDF.length, new ByteArrayInputStream(PDF));
        peerReviews.submit("review", "report");

        SignIn.as(users, security, osten);
        learning.enrol(mini.id(), "");
        learning.saveReflection("mini", "think", "Östenin oma salainen pohdinta ei kuulu muille" + tag);
        discussions.reply(vainosThread, "Östenin vastaus ketjuun");
        learning.enrol(review.id(), "");
        peerReviews.saveDraft("review", "report", "Toinen hanke", "Östenin raportin salainen teksti");
        peerReviews.submit("review", "report");
        UUID reviewOfVaino = peerReviews.requestReview("review", "report").orElseThrow();
        peerReviews.submitReview(reviewOfVaino, new Views.ReviewForm(Map.of("goal", 3, "sharing", 3),
                "Östenin palaute toimii", "Östenin idea", ""));

        SignIn.as(users, security, vaino);
        reviewByVaino = peerReviews.requestReview("review", "report").orElseThrow();
        peerReviews.submitReview(reviewByVaino, new Views.ReviewForm(Map.of("goal", 4, "sharing", 4),
                "Väinön arvio: selkeä tavoite", "Väinön idea kokeiltavaksi", ""));

        SignIn.as(users, security, "kaisa@polku.local");
        plans.comment(plan.id(), "Kouluttajan kommentti Väinölle");
        certificateCode = certificates.issue(vainoId, "mini", "Suoritettu muualla").code();
        eventsHandled();
    }

    /**
     * Notifications are made by listeners after the commit, on another thread: the setup's (Östen's
     * review of Väinö's report notifies Väinö) must have landed before a test deletes, or one could
     * land after the erase and be counted as left behind.
     */
    private void eventsHandled() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && !pendingEvents().stream().allMatch(pendingBefore::contains)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private java.util.List<String> pendingEvents() {
        return jdbc.sql("select cast(id as varchar) from event_publication where completion_date is null")
                .query(String.class).list();
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    String register(String name) {
        SignIn.out(security);
        String email = "p-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration(name, email, "a-long-password", Locale.of("fi")));
        return email;
    }

    @Test
    void theExportHoldsEverySectionOfTheLearnersOwnDataAndNothingOfAnybodyElses() throws IOException {
        SignIn.as(users, security, vaino);
        Map<String, byte[]> zip = export(vainoId);

        assertThat(zip).containsKeys("README.txt", "account.json", "learning.json", "peerreview.json",
                "certificates.json", "community.json", "schools.json");
        assertThat(text(zip, "README.txt")).contains("Tietosi Polusta", "learning.json", "lataamasi tiedostot");
        assertThat(section(zip, "account").at("/profile/email").asString()).isEqualTo(vaino);
        assertThat(section(zip, "account").at("/profile/name").asString()).isEqualTo("Väinö Äijälä");

        JsonNode learningJson = section(zip, "learning");
        assertThat(learningJson.at("/reflections/0/text").asString()).contains("Väinön pohdinta");
        assertThat(learningJson.get("survey_answers").toString()).contains("Väinön toive", "Äänimaailmat");
        assertThat(learningJson.get("plan_versions").toString()).contains("Väinön tavoite: äänityöpaja");
        assertThat(learningJson.get("plan_comments_received").toString()).contains("Kouluttajan kommentti Väinölle");
        assertThat(learningJson.get("enrolments")).hasSize(2);

        JsonNode reviewJson = section(zip, "peerreview");
        assertThat(reviewJson.at("/submissions/0/title").asString()).isEqualTo("Väinön hanke");
        assertThat(reviewJson.get("reviews_given").toString()).contains("Väinön arvio: selkeä tavoite");
        assertThat(reviewJson.get("reviews_received").toString()).contains("Östenin palaute toimii");
        String stored = reviewJson.at("/attachments/0/file_name").asString();
        assertThat(stored).as("Finnish letters intact").startsWith("Äänekosken hanke");
        String file = "files/peerreview/report/" + reviewJson.at("/attachments/0/id").asString() + "/" + stored;
        assertThat(zip).containsKey(file);
        assertThat(zip.get(file)).isEqualTo(PDF);

        assertThat(section(zip, "certificates").at("/certificates/0/code").asString()).isEqualTo(certificateCode);
        assertThat(section(zip, "community").at("/posts/0/body").asString()).isEqualTo("Hei, Väinön ketjun aloitus");

        String everything = zip.values().stream().map(b -> new String(b, StandardCharsets.UTF_8))
                .reduce("", String::concat);
        assertThat(everything).as("nothing of Östen's own")
                .doesNotContain("Östenin oma salainen pohdinta", "Östenin raportin salainen teksti",
                        "Östenin vastaus ketjuun", osten);
        assertThat(text(zip, "peerreview.json")).as("nor who reviewed Väinö").doesNotContain("Östen Åberg", osten,
                accounts.findByEmail(osten).orElseThrow().id().toString());

        SignIn.as(users, security, "admin@polku.local");
        assertThat(audit("data-exported")).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo(vainoId);
            assertThat(e.actorName()).isEqualTo("Väinö Äijälä");
        });
    }

    @Test
    void onlyThePersonThemselfOrAnAdminExportsOrDeletes() {
        SignIn.as(users, security, osten);
        assertThatThrownBy(() -> export(vainoId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> privacy.delete(vainoId)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, security, "kaisa@polku.local");
        assertThatThrownBy(() -> privacy.delete(vainoId)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, security, "admin@polku.local");
        assertThatThrownBy(() -> privacy.delete(accounts.findByEmail("admin@polku.local").orElseThrow().id()))
                .isInstanceOf(PrivacyException.class).hasMessage("privacy.delete.last-admin");
        assertThat(accounts.findByEmail(vaino)).isPresent();
    }

    @Test
    void deletingErasesOrAnonymisesEverythingPersonalAndFreesTheEmail() throws IOException {
        UUID me = vainoId.value();
        String storageKey = jdbc.sql("""
                select a.storage_key from attachments a join submissions s on s.id = a.submission_id
                where s.author_id = ?""").param(me).query(String.class).single();
        SignIn.as(users, security, vaino);
        privacy.delete(vainoId);
        SignIn.out(security);

        assertThat(accounts.findByEmail(vaino)).isEmpty();
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(vaino, "a-long-password")))
                .isInstanceOf(AuthenticationException.class);

        assertThat(count("select count(*) from enrolments where user_id = ?", me)).isZero();
        String mine = "%Väinön%" + tag;
        assertThat(count("select count(*) from reflections where text like ?", mine)).isZero();
        assertThat(count("select count(*) from plan_fields where field_value like ?", mine)).isZero();
        assertThat(count("select count(*) from survey_answers where answer like ?", mine)).isZero();
        assertThat(count("select count(*) from reflections where text like ?", "%Östenin oma%" + tag))
                .as("Östen's stay").isOne();

        assertThat(count("select count(*) from submissions where author_id = ? and title = '' and body = ''", me)).isOne();
        assertThat(count("select count(*) from submissions where body like ?", mine)).isZero();
        assertThat(count("select count(*) from attachments a join submissions s on s.id = a.submission_id"
                + " where s.author_id = ?", me)).isZero();
        assertThat(Files.exists(Path.of("target/test-attachments").resolve(storageKey))).as("file gone from disk").isFalse();
        assertThat(count("select count(*) from reviews where id = ? and what_works = 'Väinön arvio: selkeä tavoite'",
                reviewByVaino)).as("the review Väinö gave stays").isOne();
        assertThat(count("select count(*) from reviews where reviewer_id = ?", me)).as("but not as his").isZero();

        assertThat(count("select count(*) from discussion_posts where id = ? and body = '' and deleted = true",
                vainosThread)).as("thread kept, text gone").isOne();
        assertThat(count("select count(*) from discussion_posts where thread_id = ? and body = 'Östenin vastaus ketjuun'",
                vainosThread)).as("the reply still hangs under it").isOne();
        assertThat(count("select count(*) from notifications where recipient_id = ?", me)).isZero();

        CertificateView certificate = certificates.verify(certificateCode).orElseThrow();
        assertThat(certificate.status()).isEqualTo(expectedCertificateStatus());
        assertThat(certificate.learnerName()).isEmpty();
        assertThat(certificates.pdf(certificateCode, false)).as("no document without a holder").isEmpty();
        assertThat(count("select count(*) from certificates where user_id = ? and learner_name = ''", me)).isOne();

        assertThat(count("select count(*) from users where id = ?", me)).isZero();
        assertThat(count("select count(*) from audit_log where actor_id = ? and actor_name <> ''", me))
                .as("the log keeps his id, not his name").isZero();
        assertThat(count("select count(*) from audit_log where actor_id = ?", me)).isPositive();
        SignIn.as(users, security, "admin@polku.local");
        assertThat(audit("account-deleted")).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo(vainoId);
            assertThat(e.detail()).isEqualTo("self");
        });

        String again = accounts.register(new Registration("Väinö Uusi", vaino, "another-long-password", Locale.of("fi")))
                .email();
        assertThat(again).isEqualTo(vaino);
    }

    @Test
    void anAdminDeletesAnAccountAndTheLogSaysWho() {
        SignIn.as(users, security, "admin@polku.local");
        privacy.delete(vainoId);
        assertThat(accounts.findByEmail(vaino)).isEmpty();
        assertThat(audit("account-deleted")).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo(vainoId);
            assertThat(e.detail()).isEqualTo("admin");
            assertThat(e.actorName()).isNotEmpty();
        });
    }

    @Test
    void roleChangesAndCertificateRevocationsAreAuditedWithIdsOnly() {
        SignIn.as(users, security, "kaisa@polku.local");
        certificates.revoke(certificateCode, "Väärä henkilö");
        SignIn.as(users, security, "admin@polku.local");
        accounts.grant(vainoId, fi.polku.accounts.Role.FACILITATOR);
        accounts.revoke(vainoId, fi.polku.accounts.Role.FACILITATOR);

        assertThat(audit("certificate-revoked")).singleElement().satisfies(e -> {
            assertThat(e.detail()).as("the code, not the reason").isEqualTo(certificateCode);
            assertThat(e.actorName()).isEqualTo(accounts.findByEmail("kaisa@polku.local").orElseThrow().displayName());
        });
        assertThat(audit("role-granted")).extracting(AuditEntry::detail).containsExactly("FACILITATOR");
        assertThat(audit("role-revoked")).extracting(AuditEntry::detail).containsExactly("FACILITATOR");
        assertThat(audit.page(new Audit.Filter(vainoId, null, null, null), 0, 2))
                .as("newest first, paged").extracting(AuditEntry::action).containsExactly("role-revoked", "role-granted");
        // The filter's days are days in Polku's display zone (Helsinki), not the server's (often UTC):
        // between 22.00 and 24.00 UTC the two disagree on what "today" is.
        LocalDate today = LocalDate.now(DisplayZone.get());
        assertThat(audit.count(new Audit.Filter(vainoId, null, today, today))).isEqualTo(3);
        assertThat(audit.count(new Audit.Filter(vainoId, null, today.plusDays(1), null))).isZero();
    }

    /** What a verifier sees of a deleted holder's certificate under this test's configuration. */
    CertificateView.Status expectedCertificateStatus() {
        return CertificateView.Status.HOLDER_REMOVED;
    }

    private List<AuditEntry> audit(String action) {
        return audit.page(new Audit.Filter(vainoId, action, null, null), 0, 50);
    }

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query(Long.class).single();
    }

    private Map<String, byte[]> export(UserId person) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        privacy.export(person, out);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private JsonNode section(Map<String, byte[]> zip, String name) {
        return json.readTree(zip.get(name + ".json"));
    }

    private static String text(Map<String, byte[]> zip, String name) {
        return new String(zip.get(name), StandardCharsets.UTF_8);
    }
}
