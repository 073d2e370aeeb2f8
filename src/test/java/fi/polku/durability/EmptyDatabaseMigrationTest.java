package fi.polku.durability;

import fi.polku.support.Postgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every migration runs, in order, on an empty H2 and an empty PostgreSQL database. */
class EmptyDatabaseMigrationTest {

    @Test
    void migratesAnEmptyH2DatabaseToTheLatest() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:empty-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        checkFromEmpty(db);
    }

    @Test
    @EnabledIf(value = "fi.polku.support.Postgres#reachable",
            disabledReason = "PostgreSQL is not reachable on 127.0.0.1:5432 (database test): skipped")
    void migratesAnEmptyPostgresSchemaToTheLatest() throws Exception {
        String schema = Postgres.newSchema();
        try {
            PGSimpleDataSource db = new PGSimpleDataSource();
            db.setURL(Postgres.URL + "?currentSchema=" + schema);
            db.setUser(Postgres.USER);
            checkFromEmpty(db, schema);
        } finally {
            Postgres.dropSchema(schema);
        }
    }

    private static void checkFromEmpty(DataSource db, String... schemas) throws Exception {
        Flyway flyway = Flyway.configure().dataSource(db).schemas(schemas).locations("classpath:db/migration").load();
        MigrateResult result = flyway.migrate();
        int files = MigrationFilesTest.names().size();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(files);
        assertThat(flyway.info().pending()).isEmpty();
        flyway.validate();
        // A second start on the same database changes nothing.
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }
}
