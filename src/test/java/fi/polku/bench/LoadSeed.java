package fi.polku.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seed for the load test (bench/seed.sh, bench/load.sh): N learners of the sample course in cohorts
 * (one cohort unless a size is given) who can log in with {@value #PASSWORD}, each with a submitted
 * project report and the peer reviews {@link PeerReviewSeed} gives them, progress through the first
 * part of the course (learner i has done i mod 10 of its lessons) and two versions of their
 * development plan. Every {@value #COMPLETED_EVERY}th learner (i mod {@value #COMPLETED_EVERY} = {@value
 * #COMPLETED_EVERY} - 1) has instead done every lesson, has their report assessed, has completed the course
 * and holds a valid certificate, as the app would have issued it. Writes with JDBC batches into a
 * database whose schema Flyway already made (start the app once first); H2 (also while the app runs,
 * with AUTO_SERVER=TRUE) and PostgreSQL alike.
 */
public final class LoadSeed {

    static final String PASSWORD = "load-test-pass-1";
    private static final List<String> PATH = List.of("welcome", "opening-webinar", "innovation-education",
            "needs-survey", "choosing-theme", "development-plan", "sparring-october", "sparring-november",
            "path-reflection", "online-meeting");
    /** Every lesson of the sample course, for the learners who have completed it. */
    private static final List<String> ALL = List.of("welcome", "opening-webinar", "innovation-education",
            "needs-survey", "choosing-theme", "development-plan", "sparring-october", "sparring-november",
            "path-reflection", "online-meeting", "personal-development-methods", "work-community-codevelopment",
            "digital-tools", "digitally-innovative-school", "research-basis", "school-self-assessment",
            "planning-project", "carrying-out-project", "documenting-project", "peer-feedback", "project-report",
            "closing-webinar");
    /** Learner i has completed the course and holds a certificate when i mod this is this minus one. */
    static final int COMPLETED_EVERY = 5;
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String[] PLAN_FIELDS = {"goal", "why-pupils", "actions", "schedule", "evidence"};

    private LoadSeed() {
    }

    /** Arguments: learners, JDBC URL, [user], [password], [learners per cohort]. */
    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: LoadSeed LEARNERS JDBC_URL [USER] [PASSWORD] [PER_COHORT]");
        }
        int learners = Integer.parseInt(args[0]);
        int perCohort = args.length > 4 ? Integer.parseInt(args[4]) : learners;
        if (learners < 1 || perCohort < 1 || learners % perCohort != 0) {
            throw new IllegalArgumentException("learners must be a positive multiple of the cohort size");
        }
        SingleConnectionDataSource db = new SingleConnectionDataSource(args[1],
                args.length > 2 ? args[2] : "sa", args.length > 3 ? args[3] : "", true);
        long started = System.nanoTime();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        new PeerReviewSeed(jdbc).pools(learners / perCohort, perCohort);
        progressAndPlans(jdbc);
        int certificates = completions(jdbc);
        // one hash for all: bcrypt per learner would cost minutes and prove nothing more
        int logins = jdbc.update("update users set password_hash = ? where email like 'peer%@bench.polku.local'",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        db.destroy();
        System.out.printf("Seeded %,d learners (%,d can log in, password %s; %,d completed with a certificate) in %.1f s%n",
                learners, logins, PASSWORD, certificates, (System.nanoTime() - started) / 1e9);
    }

    private static void progressAndPlans(JdbcTemplate jdbc) {
        List<UUID> enrolments = jdbc.queryForList("select e.id from enrolments e join users u on u.id = e.user_id "
                + "where u.email like 'peer%@bench.polku.local' order by u.email", UUID.class);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        List<Object[]> progress = new ArrayList<>();
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> fields = new ArrayList<>();
        for (int i = 0; i < enrolments.size(); i++) {
            UUID e = enrolments.get(i);
            List<String> done = completed(i) ? ALL : PATH.subList(0, i % PATH.size());
            for (int l = 0; l < done.size(); l++) {
                progress.add(new Object[] {e, done.get(l), now.minusDays(40 - l)});
            }
            for (int v = 1; v <= 2; v++) {
                UUID plan = UUID.randomUUID();
                plans.add(new Object[] {plan, e, "development-plan", v, now.minusDays(30 - 10L * v)});
                for (String f : PLAN_FIELDS) {
                    fields.add(new Object[] {plan, f, "A few sentences of plan text for " + f + ", version " + v + "."});
                }
            }
        }
        batch(jdbc, "insert into lesson_progress (enrolment_id, lesson_id, completed_at) values (?, ?, ?)", progress);
        batch(jdbc, "insert into plan_versions (id, enrolment_id, lesson_id, version_no, saved_at) values (?, ?, ?, ?, ?)",
                plans);
        batch(jdbc, "insert into plan_fields (plan_version_id, field_id, field_value) values (?, ?, ?)", fields);
    }

    static boolean completed(int learner) {
        return learner % COMPLETED_EVERY == COMPLETED_EVERY - 1;
    }

    /**
     * The learners who have completed: enrolment completed, report assessed, and the certificate the
     * app would have issued (Finnish, revision 1, a code in the app's format). Returns how many.
     */
    private static int completions(JdbcTemplate jdbc) {
        List<java.util.Map<String, Object>> rows = jdbc.queryForList("select e.id as enrolment, u.id as learner, "
                + "u.display_name as name, c.name as cohort from enrolments e join users u on u.id = e.user_id "
                + "join cohorts c on c.id = e.cohort_id where u.email like 'peer%@bench.polku.local' order by u.email");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        java.security.SecureRandom random = new java.security.SecureRandom();
        List<Object[]> enrolments = new ArrayList<>();
        List<Object[]> learners = new ArrayList<>();
        List<Object[]> certificates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!completed(i)) {
                continue;
            }
            var row = rows.get(i);
            OffsetDateTime completedAt = now.minusDays(3);
            enrolments.add(new Object[] {completedAt, row.get("enrolment")});
            learners.add(new Object[] {completedAt.minusDays(1), row.get("learner")});
            certificates.add(new Object[] {UUID.randomUUID(), code(random), row.get("learner"), PeerReviewSeed.COURSE,
                    row.get("cohort"), row.get("name"), "Innovatiiviset opettajat", "Polku-opettajankoulutusyksikkö",
                    "on suorittanut täydennyskoulutuksen Innovatiiviset opettajat (viisi päivää, 40 tuntia).",
                    completedAt.toLocalDate(), completedAt});
        }
        batch(jdbc, "update enrolments set completed_at = ? where id = ?", enrolments);
        batch(jdbc, "update submissions set assessed_at = ? where author_id = ? and assessed_at is null", learners);
        batch(jdbc, "insert into certificates (id, code, user_id, course_id, revision, cohort_name, learner_name, "
                + "course_title, organisation, wording, hours, credits, language, completed_on, facilitator_name, "
                + "issued_at, issue_reason, status, status_reason, replaced_by, version) "
                + "values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, 40, 2, 'fi', ?, 'Fiona Facilitator', ?, null, 'VALID', null, null, 0)",
                certificates);
        return certificates.size();
    }

    /** A verification code as the app makes them: 17 of 30 unambiguous characters in groups of four. */
    private static String code(java.security.SecureRandom random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }
}
