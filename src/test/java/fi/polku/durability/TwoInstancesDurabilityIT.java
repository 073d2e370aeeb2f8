package fi.polku.durability;

import fi.polku.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances (two JVMs, two ports) on one PostgreSQL schema, started at once on an empty
 * schema and then serving the same learners at the same moment: review allocation, certificate
 * issuing and kit approval stay correct, whichever instance a request lands on.
 */
@EnabledIf(value = "fi.polku.support.Postgres#reachable",
        disabledReason = "PostgreSQL is not reachable on 127.0.0.1:5432 (database test): skipped")
class TwoInstancesDurabilityIT {

    static final String SCHEMA = Postgres.newSchema();
    static final int LEARNERS = 12;
    static final int KIT_REQUESTS = 6;
    static final String URL = Postgres.URL + "?currentSchema=" + SCHEMA;

    @AfterAll
    static void dropSchema() throws Exception {
        Postgres.dropSchema(SCHEMA);
    }

    @Test
    void allocationCertificatesAndKitsStayCorrectAcrossTwoInstances() throws Exception {
        Path dir = Files.createTempDirectory("polku-two-");
        Path go = dir.resolve("go");
        List<String> db = List.of("--spring.datasource.url=" + URL, "--spring.datasource.username=" + Postgres.USER,
                "--spring.datasource.password=", "--spring.flyway.schemas=" + SCHEMA, "--durability.go=" + go);
        try (ChildApp a = ChildApp.start(dir, "a", with(db, "--durability.report=" + dir.resolve("a.report")));
             ChildApp b = ChildApp.start(dir, "b", with(db, "--durability.report=" + dir.resolve("b.report")))) {
            // Both ran Flyway on the same empty schema at once: one migrated, the other waited for its lock.
            a.await("instance a", Duration.ofMinutes(4), () -> a.consoleText().contains("DURABILITY-WAITING"));
            b.await("instance b", Duration.ofMinutes(4), () -> b.consoleText().contains("DURABILITY-WAITING"));
            String facilitator = seed();
            Files.writeString(go, facilitator);
            a.await("instance a's report", Duration.ofMinutes(4), () -> Files.exists(dir.resolve("a.report")));
            b.await("instance b's report", Duration.ofMinutes(4), () -> Files.exists(dir.resolve("b.report")));
        }
        List<String> lines = new ArrayList<>(Contention.report(dir.resolve("a.report")));
        lines.addAll(Contention.report(dir.resolve("b.report")));
        assertThat(lines).filteredOn(l -> l.startsWith("error")).isEmpty();

        try (Connection c = DriverManager.getConnection(URL, Postgres.USER, "")) {
            assertThat(Acknowledged.count(c, "select count(*) from flyway_schema_history where not success")).isZero();
            assertThat(Acknowledged.count(c, "select count(*) from (select version from flyway_schema_history"
                    + " where version is not null group by version having count(*) > 1) twice")).isZero();

            // Allocation: asked four times at once (twice on each instance), a learner holds one review.
            assertThat(Acknowledged.count(c, "select count(*) from (select reviewer_id, submission_id from reviews"
                    + " group by reviewer_id, submission_id having count(*) > 1) twice")).as("submission claimed twice").isZero();
            assertThat(Acknowledged.count(c, "select count(*) from (select reviewer_id from reviews where completed_at is null"
                    + " group by reviewer_id having count(*) > 1) many")).as("learner holding two reviews").isZero();
            assertThat(Acknowledged.count(c, "select count(*) from reviews r join submissions s on s.id = r.submission_id"
                    + " where s.author_id = r.reviewer_id")).isZero();
            Map<String, Set<String>> claims = answers(lines, "claimed");
            assertThat(claims).hasSize(LEARNERS).allSatisfy((who, ids) -> assertThat(ids).hasSize(1));
            assertThat(Acknowledged.count(c, "select count(*) from reviews")).isEqualTo(LEARNERS);

            // Certificates: issued on both instances at once, one each, and both instances answered its code.
            assertThat(Acknowledged.count(c, "select count(*) from certificates")).isEqualTo(LEARNERS);
            assertThat(answers(lines, "certificate")).hasSize(LEARNERS).allSatisfy((who, codes) -> assertThat(codes).hasSize(1));

            // Kits: one kit, six overlapping requests approved on both instances: one lent, the rest told why not.
            assertThat(Acknowledged.count(c, "select count(*) from kit_bookings where status = 'APPROVED'")).isEqualTo(1);
            assertThat(lines).filteredOn(l -> l.startsWith("approved")).hasSize(1);
            assertThat(lines).filteredOn(l -> l.startsWith("refused"))
                    .hasSize(2 * KIT_REQUESTS - 1)
                    .allSatisfy(l -> assertThat(l).containsAnyOf("kits.error.fully-booked", "kits.error.not-pending"));
        }
        System.out.printf("two instances: %d learners × 4 concurrent review requests → %d reviews; %d × 2 certificate"
                + " issues → %d certificates; %d × 2 kit approvals → 1 approved, %d refused%n", LEARNERS, LEARNERS,
                LEARNERS, LEARNERS, KIT_REQUESTS, 2 * KIT_REQUESTS - 1);
        PreviousReleaseUpgrade.deleteTree(dir);
    }

    private static Map<String, Set<String>> answers(List<String> lines, String kind) {
        Map<String, Set<String>> byLearner = new HashMap<>();
        lines.stream().filter(l -> l.startsWith(kind + " ")).map(l -> l.split(" "))
                .forEach(w -> byLearner.computeIfAbsent(w[1], k -> new HashSet<>()).add(w[2]));
        return byLearner;
    }

    private static List<String> with(List<String> args, String more) {
        List<String> all = new ArrayList<>(args);
        all.add(more);
        return all;
    }

    /** A cohort whose learners have all submitted their report, and one kit that six of them ask for. */
    private static String seed() throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        String facilitator = "kaisa@two.polku";
        try (Connection c = DriverManager.getConnection(URL, Postgres.USER, "")) {
            UUID f = UUID.randomUUID();
            UUID cohort = UUID.randomUUID();
            person(c, f, facilitator, "FACILITATOR", now);
            update(c, "insert into cohorts (id, course_id, name, starts_on, ends_on, enrolment_key, capacity, created_at, version)"
                    + " values (?, ?, 'Kaksi instanssia', ?, ?, null, null, ?, 0)", cohort, WriteDriver.COURSE,
                    LocalDate.now().minusDays(30), LocalDate.now().plusDays(60), now);
            update(c, "insert into cohort_facilitators (cohort_id, user_id) values (?, ?)", cohort, f);
            update(c, "insert into review_pools (id, version) values (?, 0)",
                    WriteDriver.COURSE + "/" + WriteDriver.REPORT + "/" + cohort);
            UUID kit = UUID.randomUUID();
            update(c, "insert into kits (id, name, contents, quantity, guide, retired, created_at, updated_at, version)"
                    + " values (?, 'Robotiikkasalkku', '- 6 × robotti', 1, '## Opas', false, ?, ?, 0)", kit, now, now);
            LocalDate start = LocalDate.now().plusDays(10);
            for (int i = 0; i < LEARNERS; i++) {
                UUID learner = UUID.randomUUID();
                person(c, learner, "oppija-" + i + "@two.polku", "LEARNER", now);
                update(c, "insert into enrolments (id, cohort_id, course_id, user_id, enrolled_at, last_activity_at,"
                        + " last_lesson_id, completed_at, version) values (?, ?, ?, ?, ?, ?, null, null, 0)",
                        UUID.randomUUID(), cohort, WriteDriver.COURSE, learner, now, now);
                update(c, "insert into submissions (id, course_id, lesson_id, pool_id, author_id, title, body, status,"
                        + " created_at, submitted_at, assessed_at, override_reason, version, reminders_sent, next_reminder_at)"
                        + " values (?, ?, ?, ?, ?, ?, 'Oppilaat **suunnittelivat** kokeen.', 'SUBMITTED', ?, ?, null, null, 0, 0, null)",
                        UUID.randomUUID(), WriteDriver.COURSE, WriteDriver.REPORT, cohort.toString(), learner,
                        "Hanke " + i, now, new Timestamp(now.getTime() + i));
                if (i < KIT_REQUESTS) {
                    update(c, "insert into kit_bookings (id, kit_id, learner_id, school, note, first_day, last_day, status,"
                            + " reason, requested_at, decided_by, changed_at, version) values (?, ?, ?, 'Ylöjärven koulu',"
                            + " 'Koodauskerho', ?, ?, 'PENDING', null, ?, null, ?, 0)", UUID.randomUUID(), kit, learner,
                            start.plusDays(i % 3), start.plusDays(3 + i % 3), now, now);
                }
            }
        }
        return facilitator;
    }

    private static void person(Connection c, UUID id, String email, String role, Timestamp now) throws Exception {
        update(c, "insert into users (id, email, display_name, password_hash, language, created_at, version, school, invited)"
                + " values (?, ?, ?, '{noop}not-for-login', 'fi', ?, 0, null, false)", id, email, "Käyttäjä " + email, now);
        update(c, "insert into user_roles (user_id, role) values (?, ?)", id, role);
    }

    private static void update(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
