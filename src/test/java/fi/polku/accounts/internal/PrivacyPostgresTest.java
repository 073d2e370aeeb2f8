package fi.polku.accounts.internal;

import fi.polku.certificates.CertificateView;
import fi.polku.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The same export and deletion on the real PostgreSQL server (every module's SQL, the audit
 * migration), with certificates configured to be revoked when their holder deletes the account.
 */
@TestPropertySource(properties = "polku.privacy.certificates-on-delete=revoke")
@EnabledIf(value = "fi.polku.support.Postgres#reachable",
        disabledReason = "PostgreSQL is not reachable on 127.0.0.1:5432 (database test): skipped")
class PrivacyPostgresTest extends PrivacyServicesTest {

    static final String SCHEMA = Postgres.newSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useSchema(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        Postgres.dropSchema(SCHEMA);
    }

    @Override
    CertificateView.Status expectedCertificateStatus() {
        return CertificateView.Status.REVOKED;
    }
}
