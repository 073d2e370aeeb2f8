package fi.polku.certificates;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A certificate as anyone verifying it, or its holder, sees it. */
public record CertificateView(String code, String learnerName, String courseTitle, String organisation,
                              @Nullable Integer hours, @Nullable Integer credits, LocalDate completedOn,
                              @Nullable String cohortName, String facilitatorName, Instant issuedAt, Status status,
                              @Nullable String statusReason, @Nullable String replacedBy, String courseId) {

    /** {@code HOLDER_REMOVED}: issued, but the holder has since deleted their account (name erased). */
    public enum Status { VALID, REVOKED, REPLACED, HOLDER_REMOVED }
}
