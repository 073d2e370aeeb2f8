package fi.polku.accounts.internal;

import fi.polku.accounts.Role;
import fi.polku.support.Postgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway's migrations and a repository round trip on the real PostgreSQL server. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@EnabledIf(value = "fi.polku.support.Postgres#reachable",
        disabledReason = "PostgreSQL is not reachable on 127.0.0.1:5432 (database test): skipped")
class UserRepositoryPostgresTest {

    static final String SCHEMA = Postgres.newSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useSchema(registry, SCHEMA);
    }

    @Autowired
    UserRepository users;

    @Autowired
    Flyway flyway;

    @AfterAll
    static void dropSchema() throws Exception {
        Postgres.dropSchema(SCHEMA);
    }

    @Test
    void migrationsRunAndAUserSurvivesARoundTripWithFinnishLetters() {
        assertThat(flyway.info().applied()).filteredOn(m -> m.getVersion() != null)
                .extracting(m -> m.getVersion().getVersion()).contains("1", "2");

        User saved = users.saveAndFlush(new User("Päivi@Koulu.fi", "Päivi Åkerström-Öljymäki", "{noop}x",
                Locale.of("fi"), Set.of(Role.LEARNER, Role.FACILITATOR), Instant.parse("2026-09-01T08:00:00Z")));

        var found = users.findByEmail("päivi@koulu.fi").orElseThrow().toAccount();
        assertThat(found.id().value()).isEqualTo(saved.id());
        assertThat(found.displayName()).isEqualTo("Päivi Åkerström-Öljymäki");
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.FACILITATOR);
        assertThat(found.language().getLanguage()).isEqualTo("fi");
        assertThat(users.countByRoles(Role.FACILITATOR)).isEqualTo(1);
    }
}
