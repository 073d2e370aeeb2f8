package fi.polku.durability;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A database as the previous release left it: the schema up to V11 (the last migration released
 * before the durability work) and a little of everything a learner does, written with that
 * release's columns only.
 */
final class PreviousReleaseRows {

    static final String PREVIOUS_RELEASE = "11";
    static final String COURSE = "innovative-teachers";
    static final String LEARNER = "paivi@upgrade.polku";
    static final String REVIEWER = "oskari@upgrade.polku";
    static final String CODE = "K7MN-P2QR-ST3V-WXY4-Z";
    static final String PLAN_GOAL = "Oppilaat suunnittelevat itse kokeen – äänestys ja työpajat.";
    static final String TITLE = "Hanke: pölyä ja öljyä";

    private PreviousReleaseRows() {
    }

    static void build(DataSource db, String... schemas) throws SQLException {
        Flyway.configure().dataSource(db).schemas(schemas).locations("classpath:db/migration")
                .target(PREVIOUS_RELEASE).load().migrate();
        Timestamp now = Timestamp.from(Instant.parse("2026-10-01T08:00:00Z"));
        UUID learner = UUID.randomUUID();
        UUID reviewer = UUID.randomUUID();
        UUID facilitator = UUID.randomUUID();
        UUID cohort = UUID.randomUUID();
        UUID enrolment = UUID.randomUUID();
        UUID reviewerEnrolment = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID submission = UUID.randomUUID();
        UUID review = UUID.randomUUID();
        try (Connection c = db.getConnection()) {
            user(c, learner, LEARNER, "Päivi Äijälä", "LEARNER", now);
            user(c, reviewer, REVIEWER, "Oskari Åström", "LEARNER", now);
            user(c, facilitator, "kaisa@upgrade.polku", "Kaisa Kouluttaja", "FACILITATOR", now);
            update(c, "insert into cohorts (id, course_id, name, starts_on, ends_on, enrolment_key, capacity, created_at, version)"
                    + " values (?, ?, 'Syksy 2026', ?, ?, null, null, ?, 0)", cohort, COURSE,
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 15), now);
            update(c, "insert into cohort_facilitators (cohort_id, user_id) values (?, ?)", cohort, facilitator);
            for (UUID[] e : new UUID[][] {{enrolment, learner}, {reviewerEnrolment, reviewer}}) {
                update(c, "insert into enrolments (id, cohort_id, course_id, user_id, enrolled_at, last_activity_at,"
                        + " last_lesson_id, completed_at, version) values (?, ?, ?, ?, ?, ?, 'opening-webinar', null, 0)",
                        e[0], cohort, COURSE, e[1], now, now);
            }
            for (String lesson : new String[] {"welcome", "opening-webinar"}) {
                update(c, "insert into lesson_progress (enrolment_id, lesson_id, completed_at) values (?, ?, ?)",
                        enrolment, lesson, now);
            }
            update(c, "insert into plan_versions (id, enrolment_id, lesson_id, version_no, saved_at)"
                    + " values (?, ?, 'development-plan', 1, ?)", plan, enrolment, now);
            update(c, "insert into plan_fields (plan_version_id, field_id, field_value) values (?, 'goal', ?)", plan, PLAN_GOAL);
            String pool = cohort.toString();
            update(c, "insert into review_pools (id, version) values (?, 0)", COURSE + "/project-report/" + pool);
            update(c, "insert into submissions (id, course_id, lesson_id, pool_id, author_id, title, body, status, created_at,"
                    + " submitted_at, assessed_at, override_reason, version, reminders_sent, next_reminder_at)"
                    + " values (?, ?, 'project-report', ?, ?, ?, 'Oppilaat **suunnittelivat** kokeen.', 'SUBMITTED', ?, ?,"
                    + " null, null, 0, 0, null)", submission, COURSE, pool, learner, TITLE, now, now);
            update(c, "insert into reviews (id, submission_id, reviewer_id, by_trainer, allocated_at, expires_at, completed_at,"
                    + " what_works, idea_to_try, comment_text, hidden, helpful, version, bonus)"
                    + " values (?, ?, ?, false, ?, ?, ?, 'Selkeä tavoite.', 'Kokeile väliarviointia.', null, false, null, 1, false)",
                    review, submission, reviewer, now, now, now);
            update(c, "insert into review_levels (review_id, criterion_id, level) values (?, 'goal', 3)", review);
            update(c, "insert into certificates (id, code, user_id, course_id, revision, cohort_name, learner_name, course_title,"
                    + " organisation, wording, hours, credits, language, completed_on, facilitator_name, issued_at,"
                    + " issue_reason, status, status_reason, replaced_by, version) values (?, ?, ?, ?, 1, 'Syksy 2026',"
                    + " 'Päivi Äijälä', 'Innovative Teachers', 'Polku', 'has completed the course', 40, 2, 'fi', ?,"
                    + " 'Kaisa Kouluttaja', ?, null, 'VALID', null, null, 0)",
                    UUID.randomUUID(), CODE, learner, COURSE, LocalDate.of(2026, 10, 1), now);
        }
    }

    private static void user(Connection c, UUID id, String email, String name, String role, Timestamp now) throws SQLException {
        update(c, "insert into users (id, email, display_name, password_hash, language, created_at, version, school, invited)"
                + " values (?, ?, ?, '{noop}not-for-login', 'fi', ?, 0, null, false)", id, email, name, now);
        update(c, "insert into user_roles (user_id, role) values (?, ?)", id, role);
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
