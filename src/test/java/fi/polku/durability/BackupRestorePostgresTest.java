package fi.polku.durability;

import com.zaxxer.hikari.HikariDataSource;
import fi.polku.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL: pg_dump -Fc of Polku's schema, pg_restore into a new, empty database; attachments beside. */
@SpringBootTest(properties = "polku.demo.enabled=false")
@DirtiesContext
@EnabledIf(value = "fi.polku.support.Postgres#reachable",
        disabledReason = "PostgreSQL is not reachable on 127.0.0.1:5432 (database test): skipped")
class BackupRestorePostgresTest extends BackupRestore {

    static final String SCHEMA = Postgres.newSchema();
    static final String RESTORED_DB = SCHEMA + "_restored";
    static Path dir = Path.of("target/backup-pg-unused");

    @DynamicPropertySource
    static void restored(DynamicPropertyRegistry registry) throws Exception {
        if (Postgres.reachable()) {
            dir = Files.createTempDirectory("polku-backup-pg-");
            PGSimpleDataSource db = new PGSimpleDataSource();
            db.setURL(Postgres.URL + "?currentSchema=" + SCHEMA);
            db.setUser(Postgres.USER);
            fill(db, dir.resolve("original/attachments"), SCHEMA);
            Map<String, String> pg = Map.of("POLKU_DB", "postgres", "PGHOST", "127.0.0.1", "PGPORT", "5432",
                    "PGUSER", Postgres.USER);

            Path backup = dir.resolve("backup");
            script("backup.sh", backup, with(pg, "PGDATABASE", "test", "POLKU_DB_SCHEMA", SCHEMA,
                    "POLKU_DATA", dir.resolve("original").toString()));
            assertThat(backup.resolve("polku.pgdump")).exists();

            try (var c = DriverManager.getConnection(Postgres.URL, Postgres.USER, "")) {
                c.createStatement().execute("create database " + RESTORED_DB);
            }
            script("restore.sh", backup, with(pg, "PGDATABASE", RESTORED_DB,
                    "POLKU_DATA", dir.resolve("restored").toString()));
            registry.add("polku.attachments.dir", () -> dir.resolve("restored/attachments").toString());
        }
        registry.add("spring.datasource.url",
                () -> "jdbc:postgresql://127.0.0.1:5432/" + RESTORED_DB + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    private static Map<String, String> with(Map<String, String> base, String... more) {
        var all = new java.util.HashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }

    /**
     * The connection pool is closed first: its connections die with the dropped database, and the
     * context's shutdown then waited 30 s for a new one, long enough for Surefire to kill its fork.
     */
    @AfterAll
    static void dropBoth(@Autowired DataSource dataSource) throws Exception {
        dataSource.unwrap(HikariDataSource.class).close();
        Postgres.dropSchema(SCHEMA);
        try (var c = DriverManager.getConnection(Postgres.URL, Postgres.USER, "")) {
            c.createStatement().execute("drop database if exists " + RESTORED_DB + " with (force)");
        }
        PreviousReleaseUpgrade.deleteTree(dir);
    }
}
