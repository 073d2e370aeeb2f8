package fi.polku.support;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writes of one row at the same moment, for real, on H2: another writer changes the row's
 * version and holds the row; the app's write, started by {@code write}, reads the old version and
 * waits for the row; once it waits, the other writer commits, and the app's update finds the
 * version changed under it (an optimistic-locking conflict, as with two tabs or a listener).
 */
public final class RowCollision {

    private RowCollision() {
    }

    public static void onVersionOf(String table, UUID id, DataSource dataSource, Runnable write) throws SQLException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement bump = other.prepareStatement(
                    "update " + table + " set version = version + 1 where id = ?")) {
                bump.setObject(1, id);
                assertThat(bump.executeUpdate()).as("the other writer's row").isOne();
            }
            write.run();
            Awaitility.await("the app's write waiting for the other writer's row")
                    .atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> jdbc.sql("select count(*) from information_schema.sessions where blocker_id is not null")
                            .query(Long.class).single() > 0);
            other.commit();
        }
    }
}
