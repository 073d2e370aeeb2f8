package fi.polku.schools.internal;

import fi.polku.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The approval race on the PostgreSQL server, in a schema of its own (migrations and all). */
@SpringBootTest
@EnabledIf(value = "fi.polku.support.Postgres#reachable",
        disabledReason = "PostgreSQL is not reachable on 127.0.0.1:5432 (database test): skipped")
class KitApprovalRacePostgresTest extends KitApprovalRace {

    static final String SCHEMA = Postgres.newSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.useSchema(registry, SCHEMA);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "16");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        Postgres.dropSchema(SCHEMA);
    }
}
