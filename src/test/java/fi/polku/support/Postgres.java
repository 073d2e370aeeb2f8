package fi.polku.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server on 127.0.0.1:5432 (database {@code test}, trust auth) that every machine
 * here runs. Tests that need it are skipped, with a message, when it is not reachable.
 */
public final class Postgres {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = System.getenv().getOrDefault("POLKU_TEST_PG_USER", "postgres");

    private Postgres() {
    }

    /** Used by {@code @EnabledIf}. */
    public static boolean reachable() {
        try (Connection c = DriverManager.getConnection(URL + "?connectTimeout=2", USER, "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A schema of its own for one test class, so runs never see each other's data. */
    public static String newSchema() {
        return "polku_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    /** Points a Spring test context (datasource and Flyway) at this server, in the given schema. */
    public static void useSchema(org.springframework.test.context.DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
    }

    public static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }
}
