package fi.polku.accounts.internal;

import fi.polku.accounts.Role;
import fi.polku.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The single sign-on migration on the real PostgreSQL server, and the rules its constraints keep. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@EnabledIf(value = "fi.polku.support.Postgres#reachable",
        disabledReason = "PostgreSQL is not reachable on 127.0.0.1:5432 (database test): skipped")
class SingleSignOnIdentityPostgresTest {

    static final String SCHEMA = Postgres.newSchema();
    static final String ISSUER = "https://login.microsoftonline.com/0a1b2c3d-tenant/v2.0";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useSchema(registry, SCHEMA);
    }

    @Autowired
    UserRepository users;

    @Autowired
    SingleSignOnIdentityRepository identities;

    @AfterAll
    static void dropSchema() throws Exception {
        Postgres.dropSchema(SCHEMA);
    }

    @Test
    void anIdentityIsFoundByIssuerAndSubjectAndAnAccountHasOneIdentityAProvider() {
        User user = users.saveAndFlush(new User("tuuli@koulu.fi", "Tuuli", "{noop}x", Locale.of("fi"),
                Set.of(Role.LEARNER), Instant.parse("2026-09-01T08:00:00Z")));
        identities.saveAndFlush(new SingleSignOnIdentity(ISSUER, "sub-1", user.id(), Instant.parse("2026-09-02T08:00:00Z")));

        assertThat(identities.findByIssuerAndSubject(ISSUER, "sub-1")).get()
                .extracting(SingleSignOnIdentity::userId).isEqualTo(user.id());
        assertThat(identities.existsByUserIdAndIssuer(user.id(), ISSUER)).isTrue();
        assertThatThrownBy(() -> identities.saveAndFlush(
                new SingleSignOnIdentity(ISSUER, "sub-2", user.id(), Instant.parse("2026-09-03T08:00:00Z"))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
