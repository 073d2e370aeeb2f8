package fi.polku.durability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads {@link WriteDriver}'s acknowledgement log and checks each line against the database, and
 * the database for half-written state anywhere (not only in acknowledged writes).
 */
final class Acknowledged {

    /** Each query counts rows that a crash must never leave behind; all must answer 0. */
    static final Map<String, String> HALF_WRITTEN = Map.of(
            "plan version without all its fields",
            "select count(*) from plan_versions v where (select count(*) from plan_fields f where f.plan_version_id = v.id) <> "
                    + WriteDriver.PLAN_FIELDS.size(),
            "finished review without all its rubric levels",
            "select count(*) from reviews r where r.completed_at is not null and "
                    + "(select count(*) from review_levels l where l.review_id = r.id) <> " + WriteDriver.CRITERIA.size(),
            "certificate without a code or a name",
            "select count(*) from certificates where code is null or code = '' or learner_name = '' or course_title = ''",
            "user without a role",
            "select count(*) from users u where not exists (select 1 from user_roles r where r.user_id = u.id)",
            "submitted submission without its time or its review pool",
            "select count(*) from submissions s where s.status = 'SUBMITTED' and (s.submitted_at is null or not exists "
                    + "(select 1 from review_pools p where p.id = s.course_id || '/' || s.lesson_id || '/' || s.pool_id))",
            "completed lesson of a learner with no enrolment",
            "select count(*) from lesson_progress p where not exists (select 1 from enrolments e where e.id = p.enrolment_id)");

    private Acknowledged() {
    }

    static List<String> lines(Path ackFile) {
        try {
            if (!Files.exists(ackFile)) {
                return List.of();
            }
            // A line cut by the kill (no newline yet) was never acknowledged.
            String text = Files.readString(ackFile, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the acknowledged lines the database does not have (empty when all are there). */
    static List<String> missing(Connection db, List<String> acks) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String line : acks) {
            if (!present(db, line.split(" "))) {
                missing.add(line);
            }
        }
        return missing;
    }

    private static boolean present(Connection db, String[] w) throws SQLException {
        return switch (w[0]) {
            case "user" -> count(db, "select count(*) from users where email = ?", w[1]) == 1;
            case "cohort" -> count(db, "select count(*) from cohorts c join cohort_facilitators f on f.cohort_id = c.id "
                    + "where c.id = ? and f.user_id = ?", UUID.fromString(w[1]), UUID.fromString(w[2])) == 1;
            case "enrolment" -> count(db, "select count(*) from enrolments e join users u on u.id = e.user_id "
                    + "where u.email = ? and e.course_id = ?", w[1], WriteDriver.COURSE) == 1;
            case "lesson" -> count(db, "select count(*) from lesson_progress p join enrolments e on e.id = p.enrolment_id "
                    + "join users u on u.id = e.user_id where u.email = ? and p.lesson_id = ?", w[1], w[2]) == 1;
            case "plan" -> count(db, "select count(*) from plan_fields where plan_version_id = ?",
                    UUID.fromString(w[1])) == Integer.parseInt(w[2]);
            case "submission" -> count(db, "select count(*) from submissions s join users u on u.id = s.author_id "
                    + "where u.email = ? and s.status = 'SUBMITTED'", w[1]) == 1;
            case "review" -> count(db, "select count(*) from review_levels l join reviews r on r.id = l.review_id "
                    + "where r.id = ? and r.completed_at is not null", UUID.fromString(w[1])) == Integer.parseInt(w[2]);
            case "certificate" -> count(db, "select count(*) from certificates c join users u on u.id = c.user_id "
                    + "where c.code = ? and u.email = ? and c.status = 'VALID'", w[1], w[2]) == 1;
            default -> throw new IllegalArgumentException("Unknown acknowledgement: " + String.join(" ", w));
        };
    }

    static long count(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
