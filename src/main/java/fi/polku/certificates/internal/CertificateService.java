package fi.polku.certificates.internal;

import fi.polku.accounts.Audit;
import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.UserId;
import fi.polku.certificates.CertificateView;
import fi.polku.certificates.Certificates;
import fi.polku.certificates.PrintRequestView;
import fi.polku.learning.CompletionFacts;
import fi.polku.settings.Organisation;
import fi.polku.settings.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@Service
@Transactional(readOnly = true)
class CertificateService implements Certificates {

    private final CertificateRepository certificates;
    private final PrintRequestRepository printRequests;
    private final CertificateIssuer issuer;
    private final CompletionFacts facts;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Settings settings;
    private final Clock clock;
    private final String baseUrl;
    private final String linkedInOrganisationId;
    private final Audit audit;

    CertificateService(CertificateRepository certificates, PrintRequestRepository printRequests, CertificateIssuer issuer,
                       CompletionFacts facts, CurrentUser currentUser, ObjectMapper json, Settings settings, Clock clock,
                       @Value("${polku.base-url:http://localhost:8080/}") String baseUrl,
                       @Value("${polku.linkedin.organization-id:}") String linkedInOrganisationId, Audit audit) {
        this.certificates = certificates;
        this.printRequests = printRequests;
        this.issuer = issuer;
        this.facts = facts;
        this.currentUser = currentUser;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.linkedInOrganisationId = linkedInOrganisationId;
        this.audit = audit;
    }

    private Optional<Certificate> byCode(String code) {
        String normal = VerificationCodes.normalise(code);
        return normal.isEmpty() ? Optional.empty() : certificates.findByCode(normal);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<CertificateView> mine() {
        UUID me = currentUser.require().id().value();
        return certificates.findByUserIdOrderByIssuedAtDesc(me).stream().map(Certificate::view).toList();
    }

    @Override
    public Optional<CertificateView> verify(String code) {
        return byCode(code).map(Certificate::view);
    }

    @Override
    public Optional<byte[]> pdf(String code, boolean printReady) {
        Organisation.Logo logo = settings.organisation().logo();
        return byCode(code).filter(Certificate::holderPresent).map(c -> CertificatePdf.render(document(c), printReady
                ? CertificatePdf.Variant.PRINT : CertificatePdf.Variant.SCREEN, logo == null ? null : logo.content()));
    }

    CertificateDocument document(Certificate c) {
        CertificateView v = c.view();
        return new CertificateDocument(v.learnerName(), v.courseTitle(), v.organisation(), c.wording(), v.hours(),
                v.credits(), v.completedOn(), v.facilitatorName(), v.code(), verifyUrl(v.code()),
                Locale.forLanguageTag(c.language()));
    }

    @Override
    public String verifyUrl(String code) {
        return baseUrl + "verify/" + code;
    }

    @Override
    public String linkedInUrl(String code) {
        CertificateView c = byCode(code).orElseThrow().view();
        StringBuilder url = new StringBuilder("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME");
        param(url, "name", c.courseTitle());
        if (!linkedInOrganisationId.isBlank()) {
            param(url, "organizationId", linkedInOrganisationId);
        } else {
            param(url, "organizationName", c.organisation());
        }
        param(url, "issueYear", String.valueOf(c.completedOn().getYear()));
        param(url, "issueMonth", String.valueOf(c.completedOn().getMonthValue()));
        param(url, "certUrl", verifyUrl(c.code()));
        param(url, "certId", c.code());
        return url.toString();
    }

    private static void param(StringBuilder url, String name, String value) {
        url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> badge(String code) {
        return byCode(code).filter(Certificate::holderPresent).map(c -> json.writerWithDefaultPrettyPrinter().writeValueAsString(
                OpenBadge.credential(c.view(), baseUrl, verifyUrl(c.code()), c.wording())));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public CertificateView issue(UserId learner, String courseId, String reason) {
        requireFacilitator(learner, courseId);
        requireReason(reason);
        return issuer.issueOnce(learner, courseId, LocalDate.now(clock), reason.strip()).view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public void revoke(String code, String reason) {
        Certificate c = byCode(code).orElseThrow(() -> new IllegalArgumentException("No such certificate"));
        requireFacilitator(new UserId(c.userId()), c.courseId());
        requireReason(reason);
        c.revoke(reason.strip());
        audit.record(Audit.CERTIFICATE_REVOKED, new UserId(c.userId()), c.code());
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public CertificateView reissue(String code, String reason) {
        Certificate old = byCode(code).orElseThrow(() -> new IllegalArgumentException("No such certificate"));
        UserId learner = new UserId(old.userId());
        requireFacilitator(learner, old.courseId());
        requireReason(reason);
        Certificate fresh = new Certificate(VerificationCodes.next(), old.userId(), old.courseId(), old.revision() + 1,
                issuer.content(learner, old.courseId(), old.content().completedOn()), clock.instant(), reason.strip());
        old.replaceWith(fresh.code(), reason.strip());
        certificates.save(old);
        return certificates.save(fresh).view();
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void requestPrint(String code, String recipient, String address) {
        Certificate c = byCode(code).orElseThrow(() -> new IllegalArgumentException("No such certificate"));
        if (!c.userId().equals(currentUser.require().id().value())) {
            throw new AccessDeniedException("Only the holder asks for a printed copy");
        }
        if (recipient.isBlank() || address.isBlank() || recipient.length() > 200 || address.length() > 1000) {
            throw new IllegalArgumentException("Name and postal address are needed");
        }
        printRequests.save(new PrintRequest(c.id(), recipient, address, clock.instant()));
    }

    @Override
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public List<PrintRequestView> printRequests() {
        return printRequests.findAllByOrderByRequestedAt().stream().flatMap(p -> certificates.findById(p.certificateId())
                .filter(c -> facts.signedInFacilitates(new UserId(c.userId()), c.courseId()))
                .map(c -> new PrintRequestView(p.id(), c.code(), c.view().learnerName(), c.view().courseTitle(),
                        p.recipient(), p.address(), p.requestedAt(), p.sentAt())).stream()).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public void markSent(UUID printRequestId) {
        PrintRequest p = printRequests.findById(printRequestId).orElseThrow();
        Certificate c = certificates.findById(p.certificateId()).orElseThrow();
        requireFacilitator(new UserId(c.userId()), c.courseId());
        p.markSent(clock.instant());
    }

    @Override
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public List<CertificateView> issued() {
        return certificates.findAllByOrderByIssuedAtDesc().stream()
                .filter(c -> facts.signedInFacilitates(new UserId(c.userId()), c.courseId()))
                .map(Certificate::view).toList();
    }

    private void requireFacilitator(UserId learner, String courseId) {
        if (!facts.signedInFacilitates(learner, courseId)) {
            throw new AccessDeniedException("Not a facilitator of this learner's cohort");
        }
    }

    private static void requireReason(String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A reason is needed");
        }
    }
}
