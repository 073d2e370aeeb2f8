package fi.polku.durability;

import fi.polku.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The previous release's PostgreSQL schema, upgraded by the app's own start. */
@SpringBootTest(properties = "polku.demo.enabled=false")
@EnabledIf(value = "fi.polku.support.Postgres#reachable",
        disabledReason = "PostgreSQL is not reachable on 127.0.0.1:5432 (database test): skipped")
class PreviousReleaseUpgradePostgresTest extends PreviousReleaseUpgrade {

    static final String SCHEMA = Postgres.newSchema();

    @DynamicPropertySource
    static void previousRelease(DynamicPropertyRegistry registry) throws Exception {
        if (Postgres.reachable()) {
            PGSimpleDataSource db = new PGSimpleDataSource();
            db.setURL(Postgres.URL + "?currentSchema=" + SCHEMA);
            db.setUser(Postgres.USER);
            PreviousReleaseRows.build(db, SCHEMA);
        }
        Postgres.useSchema(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        Postgres.dropSchema(SCHEMA);
    }
}
