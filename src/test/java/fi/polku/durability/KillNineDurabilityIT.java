package fi.polku.durability;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server crash while learners are saving: the real app, on an H2 file database exactly as the
 * default configuration sets it up, is killed with SIGKILL in the middle of a stream of writes,
 * three times. After each kill every write it had acknowledged is in the database and nothing is
 * half-written; a final restart hands every event left unfinished to its listeners again.
 */
class KillNineDurabilityIT {

    static final int ROUNDS = 3;

    @Test
    void everyAcknowledgedWriteSurvivesKillNineOnH2() throws Exception {
        Path dir = Files.createTempDirectory("polku-kill9-");
        String url = defaultUrl().replace("./data/polku", dir.resolve("polku").toString());
        Path ackFile = dir.resolve("acknowledged.log");
        Random random = new Random();
        Map<String, Integer> kinds = new TreeMap<>();
        int verified = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            int before = Acknowledged.lines(ackFile).size();
            int target = before + 60 + random.nextInt(60);
            try (ChildApp app = ChildApp.start(dir, "round-" + round, List.of("--spring.datasource.url=" + url,
                    "--durability.ack=" + ackFile, "--durability.tag=r" + round))) {
                app.await("acknowledged writes", Duration.ofMinutes(4), () -> Acknowledged.lines(ackFile).size() >= target);
                Thread.sleep(random.nextInt(150));
                app.kill9();
            }
            List<String> acks = Acknowledged.lines(ackFile);
            try (Connection db = DriverManager.getConnection(url, "sa", "")) {
                assertThat(Acknowledged.missing(db, acks)).as("acknowledged writes lost in round " + round).isEmpty();
                assertNothingHalfWritten(db);
            }
            verified = acks.size();
            System.out.printf("round %d: killed after %d acknowledged writes (%d in this round)%n", round, acks.size(),
                    acks.size() - before);
        }
        List<String> acks = Acknowledged.lines(ackFile);
        acks.forEach(l -> kinds.merge(l.substring(0, l.indexOf(' ')), 1, Integer::sum));

        long outstanding;
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            outstanding = Acknowledged.count(db, "select count(*) from event_publication where completion_date is null");
        }
        try (ChildApp app = ChildApp.start(dir, "restart", List.of("--spring.datasource.url=" + url))) {
            app.await("a clean stop after the restart", Duration.ofMinutes(4), () -> !app.process.isAlive()
                    && app.consoleText().contains("DURABILITY-RESTARTED"));
            assertThat(app.consoleText()).contains("DURABILITY-RESTARTED outstanding=0");
        }
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            assertThat(Acknowledged.missing(db, acks)).isEmpty();
            assertNothingHalfWritten(db);
            assertThat(Acknowledged.count(db, "select count(*) from event_publication where completion_date is null"))
                    .as("events left unfinished by the kills").isZero();
        }
        System.out.printf("writes acknowledged: %d, verified after kill: %d, rounds: %d; by kind %s; "
                + "unfinished events after the kills: %d, after the restart: 0%n", acks.size(), verified, ROUNDS, kinds,
                outstanding);
        PreviousReleaseUpgrade.deleteTree(dir);
    }

    /** The H2 URL of application.properties, settings and all: what an installation runs with. */
    static String defaultUrl() throws Exception {
        var properties = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/polku");
        return url;
    }

    static void assertNothingHalfWritten(Connection db) throws Exception {
        List<String> found = new ArrayList<>();
        for (var check : Acknowledged.HALF_WRITTEN.entrySet()) {
            long n = Acknowledged.count(db, check.getValue());
            if (n > 0) {
                found.add(n + " × " + check.getKey());
            }
        }
        assertThat(found).as("half-written state").isEmpty();
    }
}
