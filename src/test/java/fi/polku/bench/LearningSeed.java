package fi.polku.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seeds the learning benchmarks' data with plain JDBC batches: a facilitator, a cohort of learners
 * who have done the whole sample course (plus progress on retired lesson ids, the survey, two plan
 * versions, sparring groups of four and their attendance), and a second cohort of learners with
 * no progress yet, for the write benchmark.
 */
final class LearningSeed {

    static final String COURSE = "innovative-teachers";
    static final String FACILITATOR = "facilitator@bench.polku.local";
    static final int RETIRED_LESSONS = 9;
    private static final String[] THEMES = {"innovation-education", "digital-pedagogy", "collaboration",
            "assessment", "inclusion", "work-community"};
    private static final String[] SURVEY_QUESTIONS = {"change-wish", "confidence-digital", "success-in-own-words"};
    private static final String[] PLAN_FIELDS = {"goal", "why-pupils", "actions", "schedule", "evidence"};
    private static final String[] SPARRING_SESSIONS = {"sparring-october", "sparring-november"};

    private final JdbcTemplate jdbc;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final UUID facilitatorId = UUID.randomUUID();

    LearningSeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        insertUsers(List.of(facilitatorId), List.of(FACILITATOR), "Fiona Facilitator", "FACILITATOR");
    }

    /** A cohort whose learners have each done every lesson in {@code lessonIds} plus {@value RETIRED_LESSONS} retired ones. */
    UUID finishedCohort(String name, int learners, List<String> lessonIds) {
        return finishedCohort(name, "done", learners, lessonIds);
    }

    /** The same, with learners' emails made from {@code prefix} (see {@link #emails}), so one seed can hold several. */
    UUID finishedCohort(String name, String prefix, int learners, List<String> lessonIds) {
        UUID cohort = cohort(name);
        List<UUID> enrolments = enrol(cohort, prefix, learners, lessonIds.getLast());
        List<String> done = new ArrayList<>(lessonIds);
        for (int r = 1; r <= RETIRED_LESSONS; r++) {
            done.add("retired-lesson-" + r);
        }
        List<Object[]> progress = new ArrayList<>();
        List<Object[]> surveys = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> fields = new ArrayList<>();
        for (int i = 0; i < enrolments.size(); i++) {
            UUID e = enrolments.get(i);
            for (int l = 0; l < done.size(); l++) {
                progress.add(new Object[] {e, done.get(l), at(50 - l - i % 5)});
            }
            UUID response = UUID.randomUUID();
            boolean ownTheme = i % 7 == 0;
            surveys.add(new Object[] {response, e, "needs-survey", ownTheme ? null : THEMES[i % THEMES.length],
                    ownTheme ? "Outdoor learning with tablets" : null, at(45)});
            for (String q : SURVEY_QUESTIONS) {
                answers.add(new Object[] {response, q, "An answer of a few words to " + q});
            }
            for (int v = 1; v <= 2; v++) {
                UUID plan = UUID.randomUUID();
                plans.add(new Object[] {plan, e, "development-plan", v, at(44 - 10 * v)});
                for (String f : PLAN_FIELDS) {
                    fields.add(new Object[] {plan, f, "A few sentences of plan text for " + f + ", version " + v + "."});
                }
            }
        }
        batch("insert into lesson_progress (enrolment_id, lesson_id, completed_at) values (?, ?, ?)", progress);
        batch("insert into survey_responses (id, enrolment_id, lesson_id, chosen_theme, own_theme, submitted_at) "
                + "values (?, ?, ?, ?, ?, ?)", surveys);
        batch("insert into survey_answers (response_id, question_id, answer) values (?, ?, ?)", answers);
        batch("insert into plan_versions (id, enrolment_id, lesson_id, version_no, saved_at) values (?, ?, ?, ?, ?)", plans);
        batch("insert into plan_fields (plan_version_id, field_id, field_value) values (?, ?, ?)", fields);
        sparringGroups(cohort, enrolments);
        return cohort;
    }

    /** A cohort of learners who have done nothing yet; returns their emails. */
    List<String> freshCohort(String name, int learners) {
        enrol(cohort(name), "fresh", learners, null);
        return emails("fresh", learners);
    }

    /** The emails of the learners a cohort was seeded with. */
    static List<String> emails(String prefix, int learners) {
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= learners; i++) {
            emails.add(email(prefix, i));
        }
        return emails;
    }

    private void sparringGroups(UUID cohort, List<UUID> enrolments) {
        List<Object[]> groups = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> attendance = new ArrayList<>();
        UUID group = null;
        for (int i = 0; i < enrolments.size(); i++) {
            if (i % 4 == 0) {
                group = UUID.randomUUID();
                groups.add(new Object[] {group, cohort, "Group %03d".formatted(i / 4 + 1)});
            }
            members.add(new Object[] {group, enrolments.get(i)});
            for (String session : SPARRING_SESSIONS) {
                attendance.add(new Object[] {group, session, enrolments.get(i), i % 10 != 3});
            }
        }
        batch("insert into sparring_groups (id, cohort_id, name) values (?, ?, ?)", groups);
        batch("insert into sparring_members (group_id, enrolment_id) values (?, ?)", members);
        batch("insert into attendance (group_id, lesson_id, enrolment_id, present) values (?, ?, ?, ?)", attendance);
    }

    private UUID cohort(String name) {
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        jdbc.update("insert into cohorts (id, course_id, name, starts_on, ends_on, enrolment_key, capacity, created_at, "
                + "version) values (?, ?, ?, ?, ?, null, null, ?, 0)", id, COURSE, name, today.minusDays(60),
                today.plusDays(60), at(70));
        jdbc.update("insert into cohort_facilitators (cohort_id, user_id) values (?, ?)", id, facilitatorId);
        return id;
    }

    private List<UUID> enrol(UUID cohort, String prefix, int learners, String lastLesson) {
        List<UUID> users = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= learners; i++) {
            users.add(UUID.randomUUID());
            emails.add(email(prefix, i));
        }
        insertUsers(users, emails, null, "LEARNER");
        List<UUID> enrolments = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            UUID id = UUID.randomUUID();
            enrolments.add(id);
            // every tenth learner has been away for three weeks, so the view flags them inactive
            rows.add(new Object[] {id, cohort, COURSE, users.get(i), at(55), at(i % 10 == 0 ? 21 : i % 7), lastLesson});
        }
        batch("insert into enrolments (id, cohort_id, course_id, user_id, enrolled_at, last_activity_at, last_lesson_id, "
                + "completed_at, version) values (?, ?, ?, ?, ?, ?, ?, null, 0)", rows);
        return enrolments;
    }

    private void insertUsers(List<UUID> ids, List<String> emails, String name, String role) {
        List<Object[]> users = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            users.add(new Object[] {ids.get(i), emails.get(i), name != null ? name : "Teacher " + emails.get(i),
                    "{noop}not-for-login", "fi", at(80)});
            roles.add(new Object[] {ids.get(i), role});
        }
        batch("insert into users (id, email, display_name, password_hash, language, created_at, version, school, invited) "
                + "values (?, ?, ?, ?, ?, ?, 0, null, false)", users);
        batch("insert into user_roles (user_id, role) values (?, ?)", roles);
    }

    private static String email(String prefix, int i) {
        return "%s%04d@bench.polku.local".formatted(prefix, i);
    }

    private OffsetDateTime at(int daysAgo) {
        return now.minus(daysAgo, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }
}
