package fi.polku.certificates.ui;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.accounts.UserId;
import fi.polku.certificates.CertificateView;
import fi.polku.certificates.Certificates;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.shared.LocalFormats;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public verify page through the whole security filter chain, as an anonymous visitor's browser
 * gets it: real certificates in the real database, the HTML as sent.
 */
@SpringBootTest
class VerifyPageTest {

    static final String COURSE = "innovative-teachers";

    @Autowired WebApplicationContext context;
    @Autowired Certificates certificates;
    @Autowired Accounts accounts;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    MockMvc mvc;
    /** Each test looks codes up from its own address, so the per-address limit of one never meets another's. */
    String address;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    @Test
    void aValidCertificateShowsItsHolderCourseDateAndPdfInTheBrowsersLanguage() throws Exception {
        CertificateView issued = certificateOf("Åsa Äänekoski-Öhman");

        MockHttpServletResponse page = visit(get("/verify/" + issued.code()).header("Accept-Language", "fi-FI,fi;q=0.9,en;q=0.5"));

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).isEqualTo("text/html;charset=UTF-8");
        String html = body(page);
        assertThat(html).contains("<html lang=\"fi\">", "<title>Tarkista todistus · Polku</title>",
                "role=\"status\">✓ Todistus on voimassa.</p>", "Åsa Äänekoski-Öhman", "Innovatiiviset opettajat",
                LocalFormats.date(FormatStyle.LONG, Locale.of("fi")).format(issued.completedOn()),
                "href=\"/certificates/" + issued.code() + ".pdf\">Lataa todistus (PDF)</a>",
                "<label for=\"code\">Tarkistuskoodi</label>", "value=\"" + issued.code() + "\"");
        assertThat(html).doesNotContain("!verify.", "!language.");
    }

    @Test
    void noVisitGetsASessionAndEachCarriesTheSecurityHeaders() throws Exception {
        String code = certificateOf("Eino Leino").code();
        for (String path : new String[] {"/verify", "/verify/" + code, "/verify/ABCD-EFGH-JKMN-PQRS-T", "/verify?lang=sv"}) {
            MvcResult result = mvc.perform(from(get(path))).andReturn();
            MockHttpServletResponse page = result.getResponse();
            assertThat(page.getStatus()).as(path).isIn(200, 404);
            assertThat(page.getHeaders("Set-Cookie")).as(path + " sets no cookie").isEmpty();
            assertThat(result.getRequest().getSession(false)).as(path + " opens no session").isNull();
            assertThat(page.getHeader("Content-Security-Policy")).as(path).contains("default-src 'self'", "frame-ancestors 'none'");
            assertThat(page.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(page.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.getHeader("Cache-Control")).as(path).isEqualTo("no-cache");
            assertThat(page.getHeader("Pragma")).as(path + ": Spring Security's never-cache is not mixed in").isNull();
            assertThat(page.getHeader("Vary")).as(path).isEqualTo("Accept-Language, Cookie");
        }
        assertThat(visit(get("/badges/" + code + ".json")).getHeader("Cache-Control"))
                .as("everything else keeps Spring Security's never-cache").isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
    }

    @Test
    void aRevokedCertificateSaysSoAndOffersNoPdf() throws Exception {
        String code = certificateOf("Helmi Mäkelä").code();
        SignIn.as(users, security, "kaisa@polku.local");
        certificates.revoke(code, "Annettu väärälle henkilölle");
        SignIn.out(security);

        String html = body(visit(get("/verify/" + code).header("Accept-Language", "en")));

        assertThat(html).contains("status-invalid\" role=\"status\">This certificate has been revoked and is no longer valid.",
                "Helmi Mäkelä").doesNotContain(".pdf", "This certificate is valid");
    }

    @Test
    void aReplacedCertificateLinksToItsSuccessorInTheChosenLanguage() throws Exception {
        String code = certificateOf("Väinö Öhman").code();
        SignIn.as(users, security, "kaisa@polku.local");
        String successor = certificates.reissue(code, "Nimen korjaus").code();
        SignIn.out(security);

        String html = body(visit(get("/verify/" + code).param("lang", "sv")));

        assertThat(html).contains("<html lang=\"sv\">", "Intyget har ersatts av ett nyare.",
                "href=\"/verify/" + successor + "?lang=sv\">Se det nya intyget</a>").doesNotContain(".pdf");
        assertThat(body(visit(get("/verify/" + successor).param("lang", "sv")))).contains("✓ Intyget är giltigt.");
    }

    @Test
    void anUnknownCodeIsNotFoundAndNamesNobody() throws Exception {
        MockHttpServletResponse page = visit(get("/verify/ABCD-EFGH-JKMN-PQRS-T").header("Accept-Language", "en"));

        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(body(page)).contains("No certificate has this code. Check that it was typed correctly.",
                "value=\"ABCD-EFGH-JKMN-PQRS-T\"").doesNotContain("<dl", ".pdf");
    }

    @Test
    void tooManyLookupsFromOneAddressAreRefusedWithoutLookingTheCodeUp() throws Exception {
        String code = certificateOf("Kaarlo Kivimäki").code();
        MockHttpServletResponse page = null;
        // 30 a minute are allowed; a minute may turn during the loop, so try up to two minutes' worth
        for (int i = 0; i < 61; i++) {
            page = visit(get("/verify/" + code).header("Accept-Language", "fi"));
            if (page.getStatus() != 200) {
                break;
            }
        }
        assertThat(page.getStatus()).isEqualTo(429);
        assertThat(page.getHeader("Retry-After")).isEqualTo("60");
        assertThat(page.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(body(page)).contains("Liian monta hakua osoitteestasi. Yritä minuutin päästä uudelleen.")
                .doesNotContain("Kaarlo", "Kivimäki");
    }

    @Test
    void aHostileNameOrCodeIsShownAsTextNeverAsMarkup() throws Exception {
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
        String code = certificateOf(hostile).code();

        String html = body(visit(get("/verify/" + code)));

        assertThat(html).contains("<dd>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</dd>")
                .doesNotContain("<script", "<img", "onerror=alert(1)>");
        String typed = body(visit(get("/verify/{code}", "\"><svg onload=alert(2)>")));
        assertThat(typed).contains("value=\"&quot;&gt;&lt;svg onload=alert(2)&gt;\"").doesNotContain("<svg");
    }

    @Test
    void theLanguageFollowsTheLinkThenTheProfileThenTheBrowser() throws Exception {
        String email = "v-" + UUID.randomUUID() + "@koulu.fi";
        String code = certificateOf("Aada Åkerblom", email).code();

        assertThat(body(visit(get("/verify/" + code).header("Accept-Language", "sv-SE,sv;q=0.8"))))
                .as("Swedish of Sweden gets Finland's Swedish").contains("<html lang=\"sv\">", "✓ Intyget är giltigt.");
        assertThat(body(visit(get("/verify/" + code).header("Accept-Language", "de-DE,de;q=0.9"))))
                .as("an unoffered language gets English").contains("<html lang=\"en\">", "✓ This certificate is valid.");
        String english = body(visit(get("/verify/" + code).param("lang", "en").header("Accept-Language", "fi")));
        assertThat(english).contains("<html lang=\"en\">", "<title>Verify a certificate · Polku</title>",
                "<input type=\"hidden\" name=\"lang\" value=\"en\">",
                "<a href=\"?lang=fi\" hreflang=\"fi\" lang=\"fi\">Suomi</a>",
                "<a href=\"?lang=sv\" hreflang=\"sv\" lang=\"sv\">Svenska</a>",
                "<a href=\"?lang=en\" hreflang=\"en\" lang=\"en\" aria-current=\"true\">English</a>",
                "<nav class=\"languages\" aria-label=\"Language\">");
        assertThat(body(visit(get("/verify/" + code).header("Accept-Language", "en")
                .with(user(users.loadUserByUsername(email))))))
                .as("a signed-in Finnish learner reads Finnish").contains("<html lang=\"fi\">", "✓ Todistus on voimassa.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fi", "sv"})
    void everyPageIsFullyTranslated(String language) throws Exception {
        String code = certificateOf("Ilona Öhberg").code();
        for (String path : new String[] {"/verify", "/verify/" + code, "/verify/NO-SUCH-CODE"}) {
            String html = body(visit(get(path).param("lang", language)));
            assertThat(html).as(path).contains("<html lang=\"" + language + "\">");
            assertThat(Pattern.compile("![a-zA-Z][\\w-]*(\\.[\\w-]+)+!").matcher(html).find()).as(path + " has a raw key")
                    .isFalse();
        }
    }

    @Test
    void theFormSendsATypedCodeToItsOwnAddress() throws Exception {
        MockHttpServletResponse empty = visit(get("/verify").header("Accept-Language", "fi"));
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(body(empty)).contains("<h1>Tarkista todistus</h1>", "<form class=\"verify-form\" method=\"get\" action=\"/verify\">",
                "value=\"\"").doesNotContain("role=\"status\"");

        MockHttpServletResponse sent = visit(get("/verify").param("code", " abcd efgh ").param("lang", "sv"));
        assertThat(sent.getStatus()).isEqualTo(303);
        assertThat(sent.getHeader("Location")).isEqualTo("/verify/abcd%20efgh?lang=sv");
    }

    private MockHttpServletResponse visit(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(from(request)).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private static String body(MockHttpServletResponse page) {
        return new String(page.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** A learner of this name (signed up with a Finnish profile) in a cohort of Kaisa's, issued a certificate by her. */
    private CertificateView certificateOf(String name) {
        return certificateOf(name, "v-" + UUID.randomUUID() + "@koulu.fi");
    }

    private CertificateView certificateOf(String name, String email) {
        SignIn.as(users, security, "kaisa@polku.local");
        CohortSummary cohort = cohorts.create(new NewCohort(COURSE, "Verify " + UUID.randomUUID(),
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), null, null));
        SignIn.out(security);
        accounts.register(new Registration(name, email, "a-long-password", Locale.of("fi")));
        UserId holder = accounts.findByEmail(email).orElseThrow().id();
        SignIn.as(users, security, email);
        learning.enrol(cohort.id(), "");
        SignIn.as(users, security, "kaisa@polku.local");
        CertificateView issued = certificates.issue(holder, COURSE, "Suoritettu muualla");
        SignIn.out(security);
        return issued;
    }
}
