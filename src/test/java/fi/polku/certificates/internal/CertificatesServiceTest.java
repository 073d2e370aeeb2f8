package fi.polku.certificates.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.accounts.UserId;
import fi.polku.certificates.CertificateView;
import fi.polku.certificates.Certificates;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.CourseCompleted;
import fi.polku.learning.Learning;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class CertificatesServiceTest {

    static final String COURSE = "innovative-teachers";

    @Autowired Certificates certificates;
    @Autowired CertificateIssuer issuer;
    @Autowired CertificateRepository repository;
    @Autowired Accounts accounts;
    @Autowired Learning learning;
    @Autowired Cohorts cohorts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired ObjectMapper json;

    String learner;
    UserId learnerId;

    @BeforeEach
    void aLearnerInACohortOfKaisas() {
        SignIn.as(users, security, "kaisa@polku.local");
        CohortSummary own = cohorts.create(new fi.polku.learning.NewCohort(COURSE, "Todistukset " + UUID.randomUUID(),
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), null, null));
        SignIn.out(security);
        learner = "c-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration("Åsa Äänekoski-Öhman", learner, "a-long-password", Locale.of("fi")));
        learnerId = accounts.findByEmail(learner).orElseThrow().id();
        SignIn.as(users, security, learner);
        learning.enrol(own.id(), "");
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    /** The listener runs asynchronously (as after a real commit): wait for its certificate. */
    private List<Certificate> issuedAfter(Runnable deliver) throws InterruptedException {
        deliver.run();
        for (int i = 0; i < 100; i++) {
            List<Certificate> issued = repository.findByUserIdAndCourseIdOrderByRevisionDesc(learnerId.value(), COURSE);
            if (!issued.isEmpty()) {
                Thread.sleep(200); // let a duplicate delivery finish too
                return repository.findByUserIdAndCourseIdOrderByRevisionDesc(learnerId.value(), COURSE);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No certificate was issued");
    }

    private String issue() throws InterruptedException {
        return issuedAfter(() -> issuer.on(completed())).getFirst().code();
    }

    private CourseCompleted completed() {
        return new CourseCompleted(learnerId, COURSE, new fi.polku.learning.CohortId(UUID.randomUUID()),
                Instant.parse("2027-11-25T14:00:00Z"));
    }

    @Test
    void aDuplicatedCompletionEventIssuesOneCertificate() throws Exception {
        List<Certificate> issued = issuedAfter(() -> {
            issuer.on(completed());
            issuer.on(completed());
        });
        assertThat(issued).hasSize(1);
        CertificateView view = issued.getFirst().view();
        assertThat(view.learnerName()).isEqualTo("Åsa Äänekoski-Öhman");
        assertThat(view.courseTitle()).isEqualTo("Innovatiiviset opettajat");
        assertThat(view.completedOn()).isEqualTo(LocalDate.of(2027, 11, 25));
        assertThat(view.facilitatorName()).isEqualTo("Kaisa Kouluttaja");
        assertThat(view.cohortName()).startsWith("Todistukset");
    }

    @Test
    void theSameEventDeliveredTwiceAtOnceStillIssuesOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<String> issue = () -> issuer.issueOnce(learnerId, COURSE, LocalDate.now(), null).code();
        var a = pool.submit(issue);
        var b = pool.submit(issue);
        assertThat(a.get()).isEqualTo(b.get());
        pool.shutdown();
        assertThat(repository.findByUserIdAndCourseIdOrderByRevisionDesc(learnerId.value(), COURSE)).hasSize(1);
    }

    @Test
    void reissueReplacesAndRevokeRevokesAsTheVerifyPageShows() throws Exception {
        String first = issue();
        SignIn.as(users, security, "kaisa@polku.local");
        CertificateView second = certificates.reissue(first, "Nimen korjaus");
        assertThat(certificates.verify(first)).get().satisfies(v -> {
            assertThat(v.status()).isEqualTo(CertificateView.Status.REPLACED);
            assertThat(v.replacedBy()).isEqualTo(second.code());
        });
        assertThat(certificates.verify(second.code().toLowerCase(Locale.ROOT).replace("-", " "))).get()
                .extracting(CertificateView::status).isEqualTo(CertificateView.Status.VALID);
        certificates.revoke(second.code(), "Myönnetty virheellisesti");
        assertThat(certificates.verify(second.code())).get().extracting(CertificateView::status)
                .isEqualTo(CertificateView.Status.REVOKED);
        assertThat(certificates.pdf(second.code(), false)).isPresent();
    }

    @Test
    void codesCannotBeGuessedOrEnumerated() throws Exception {
        String code = issue();
        assertThat(code).matches("[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}-[2-9A-HJKMNP-TV-Z]");
        assertThat(Math.log(Math.pow(VerificationCodes.ALPHABET.length(), VerificationCodes.LENGTH)) / Math.log(2))
                .isGreaterThanOrEqualTo(80);
        for (int i = 0; i < 200; i++) {
            String guess = VerificationCodes.next();
            assertThat(certificates.verify(guess)).isEmpty();
            assertThat(certificates.pdf(guess, false)).isEmpty();
        }
        assertThat(certificates.verify("../" + code)).isEmpty();
    }

    @Test
    void theLinkedInLinkCarriesNameOrganisationDateAndVerifyAddress() throws Exception {
        String code = issue();
        URI url = URI.create(certificates.linkedInUrl(code));
        assertThat(url.getHost()).isEqualTo("www.linkedin.com");
        assertThat(url.getPath()).isEqualTo("/profile/add");
        Map<String, String> q = Arrays.stream(url.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertThat(q).containsEntry("startTask", "CERTIFICATION_NAME")
                .containsEntry("name", "Innovatiiviset opettajat")
                .containsEntry("organizationName", "Polku-opettajankoulutusyksikkö")
                .containsEntry("issueYear", "2027").containsEntry("issueMonth", "11")
                .containsEntry("certId", code)
                .containsEntry("certUrl", "http://localhost:8080/verify/" + code);
    }

    @Test
    void theOpenBadgeHasTheRequiredFields() throws Exception {
        String code = issue();
        JsonNode badge = json.readTree(certificates.badge(code).orElseThrow());
        assertThat(badge.get("@context").toString()).contains("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context");
        assertThat(badge.get("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat(badge.get("id").asText()).endsWith("/badges/" + code + ".json");
        assertThat(badge.get("issuer").get("name").asText()).isEqualTo("Polku-opettajankoulutusyksikkö");
        assertThat(badge.get("validFrom").asText()).isNotBlank();
        JsonNode achievement = badge.get("credentialSubject").get("achievement");
        assertThat(achievement.get("type").toString()).contains("Achievement");
        assertThat(achievement.get("name").asText()).isEqualTo("Innovatiiviset opettajat");
        assertThat(achievement.get("criteria").get("narrative").asText()).contains("täydennyskoulutuksen");
    }

    @Test
    void onlyTheHolderAsksForAPrintedCopyAndTheFacilitatorMarksItSent() throws Exception {
        String code = issue();
        SignIn.as(users, security, "oskar@polku.local");
        assertThatThrownBy(() -> certificates.requestPrint(code, "Oskar", "Jokin katu 1")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, security, learner);
        assertThat(certificates.mine()).extracting(CertificateView::code).containsExactly(code);
        certificates.requestPrint(code, "Åsa Äänekoski-Öhman", "Koulukatu 1\n44100 Äänekoski");
        SignIn.as(users, security, "kaisa@polku.local");
        var request = certificates.printRequests().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        assertThat(request.address()).contains("Äänekoski");
        certificates.markSent(request.id());
        assertThat(certificates.printRequests().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow()
                .sentAt()).isNotNull();
    }
}
