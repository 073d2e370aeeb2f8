package fi.polku.certificates.internal;

import fi.polku.accounts.PersonalData;
import fi.polku.accounts.PersonalDataSink;
import fi.polku.accounts.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's certificates and print requests. On deletion the name leaves every certificate; whether
 * a verifier then reads "issued, holder removed" or "revoked" is {@code polku.privacy.certificates-on-delete}
 * ({@code keep-anonymous}, the default, or {@code revoke}).
 */
@Component
@Order(30)
class CertificatePersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final CertificateRepository certificates;
    private final boolean revoke;

    CertificatePersonalData(JdbcClient jdbc, CertificateRepository certificates,
                            @Value("${polku.privacy.certificates-on-delete:keep-anonymous}") String onDelete) {
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.revoke = switch (onDelete) {
            case "keep-anonymous" -> false;
            case "revoke" -> true;
            default -> throw new IllegalArgumentException(
                    "polku.privacy.certificates-on-delete must be keep-anonymous or revoke, not " + onDelete);
        };
    }

    @Override
    public String section() {
        return "certificates";
    }

    @Override
    public void export(UserId person, PersonalDataSink sink) {
        sink.json("certificates", jdbc.sql("""
                select code, course_id, revision, learner_name, course_title, organisation, hours, credits,
                       completed_on, cohort_name, facilitator_name, issued_at, status, status_reason, replaced_by
                from certificates where user_id = :me order by issued_at""")
                .param("me", person.value()).query().listOfRows());
        sink.json("print_requests", jdbc.sql("""
                select c.code, p.recipient, p.address, p.requested_at, p.sent_at from print_requests p
                join certificates c on c.id = p.certificate_id where c.user_id = :me order by p.requested_at""")
                .param("me", person.value()).query().listOfRows());
    }

    @Override
    public void erase(UserId person) {
        jdbc.sql("delete from print_requests where certificate_id in (select id from certificates where user_id = :me)")
                .param("me", person.value()).update();
        certificates.findByUserIdOrderByIssuedAtDesc(person.value()).forEach(c -> c.holderRemoved(revoke));
    }
}
