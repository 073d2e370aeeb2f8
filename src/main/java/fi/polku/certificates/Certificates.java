package fi.polku.certificates;

import fi.polku.accounts.UserId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The certificates module's API. */
public interface Certificates {

    /** The signed-in learner's certificates, newest first. */
    List<CertificateView> mine();

    /** Public: what a code certifies and whether it still stands. */
    Optional<CertificateView> verify(String code);

    /** Public, by the unguessable code. */
    Optional<byte[]> pdf(String code, boolean printReady);

    /** The LinkedIn add-to-profile address for a certificate. */
    String linkedInUrl(String code);

    /** Public: the Open Badges 3.0 credential (JSON-LD) for a certificate. */
    Optional<String> badge(String code);

    /** The verify page's address for a code. */
    String verifyUrl(String code);

    /** A facilitator issues by hand (e.g. completed elsewhere), with a reason; once per learner and course. */
    CertificateView issue(UserId learner, String courseId, String reason);

    void revoke(String code, String reason);

    /** Replaces a certificate with a new one (e.g. after a name correction); the old shows as replaced. */
    CertificateView reissue(String code, String reason);

    /** The holder asks for a printed copy sent by post. */
    void requestPrint(String code, String recipient, String address);

    List<PrintRequestView> printRequests();

    void markSent(UUID printRequestId);

    /** Certificates of the courses a facilitator runs (all, for admins). */
    List<CertificateView> issued();
}
