package fi.polku.certificates.internal;

import fi.polku.certificates.CertificateView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a certificate certifies, frozen at issue time (the name as in the profile then, the
 * course's title and wording), and whether it still stands.
 */
@Entity
@Table(name = "certificates")
class Certificate {

    record Content(String learnerName, String courseTitle, String organisation, String wording,
                   @Nullable Integer hours, @Nullable Integer credits, String language, LocalDate completedOn,
                   @Nullable String cohortName, String facilitatorName) {
    }

    @Id
    private UUID id;
    @Column(nullable = false)
    private String code;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "course_id", nullable = false)
    private String courseId;
    @Column(nullable = false)
    private int revision;
    @Column(name = "cohort_name")
    private @Nullable String cohortName;
    @Column(name = "learner_name", nullable = false)
    private String learnerName;
    @Column(name = "course_title", nullable = false)
    private String courseTitle;
    @Column(nullable = false)
    private String organisation;
    @Column(nullable = false)
    private String wording;
    @Column
    private @Nullable Integer hours;
    @Column
    private @Nullable Integer credits;
    @Column(nullable = false)
    private String language;
    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;
    @Column(name = "facilitator_name", nullable = false)
    private String facilitatorName;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "issue_reason")
    private @Nullable String issueReason;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CertificateView.Status status;
    @Column(name = "status_reason")
    private @Nullable String statusReason;
    @Column(name = "replaced_by")
    private @Nullable String replacedBy;
    @Version
    private long version;

    protected Certificate() {
    }

    Certificate(String code, UUID userId, String courseId, int revision, Content c, Instant now,
                @Nullable String issueReason) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.userId = userId;
        this.courseId = courseId;
        this.revision = revision;
        this.learnerName = c.learnerName();
        this.courseTitle = c.courseTitle();
        this.organisation = c.organisation();
        this.wording = c.wording();
        this.hours = c.hours();
        this.credits = c.credits();
        this.language = c.language();
        this.completedOn = c.completedOn();
        this.cohortName = c.cohortName();
        this.facilitatorName = c.facilitatorName();
        this.issuedAt = now;
        this.issueReason = issueReason;
        this.status = CertificateView.Status.VALID;
    }

    void revoke(String reason) {
        if (status != CertificateView.Status.VALID) {
            throw new IllegalStateException("Only a valid certificate can be revoked");
        }
        status = CertificateView.Status.REVOKED;
        statusReason = reason;
    }

    void replaceWith(String newCode, String reason) {
        if (status != CertificateView.Status.VALID) {
            throw new IllegalStateException("Only a valid certificate can be replaced");
        }
        status = CertificateView.Status.REPLACED;
        statusReason = reason;
        replacedBy = newCode;
    }

    /**
     * The holder deleted their account: the name goes, and the certificate either stays verifiable as
     * "issued, holder removed" or is revoked, as configured. Earlier revisions lose the name too.
     */
    void holderRemoved(boolean revoke) {
        learnerName = "";
        if (status == CertificateView.Status.VALID) {
            status = revoke ? CertificateView.Status.REVOKED : CertificateView.Status.HOLDER_REMOVED;
            statusReason = "holder removed";
        }
    }

    /** A document with a name on it exists only while the holder does. */
    boolean holderPresent() {
        return !learnerName.isEmpty();
    }

    CertificateView view() {
        return new CertificateView(code, learnerName, courseTitle, organisation, hours, credits, completedOn, cohortName,
                facilitatorName, issuedAt, status, statusReason, replacedBy, courseId);
    }

    UUID id() { return id; }
    String code() { return code; }
    UUID userId() { return userId; }
    String courseId() { return courseId; }
    int revision() { return revision; }
    String wording() { return wording; }
    String language() { return language; }
    CertificateView.Status status() { return status; }
    Content content() {
        return new Content(learnerName, courseTitle, organisation, wording, hours, credits, language, completedOn,
                cohortName, facilitatorName);
    }
}
