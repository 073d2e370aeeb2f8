package fi.polku.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Seeds the peer-review benchmarks with plain JDBC batches: {@code pools} cohorts of {@code perPool}
 * learners of the sample course, each enrolled, in a sparring group of four, with a submitted
 * project report of about 1,000 words (one review pool per cohort, as the learning module's
 * {@code ReviewCircle} names them). The report at position p of a pool was reviewed by the learner
 * at p+1 and, for even p, also by p+2; one in ten of the first reviews was never finished and has
 * expired. A third of the reports are older than the 7 days after which one review is enough.
 * Reports with the reviews they need are assessed. So every learner has given one or two reviews,
 * holds none, and may ask for another.
 */
final class PeerReviewSeed {

    static final String COURSE = "innovative-teachers";
    static final String LESSON = "project-report";
    static final List<String> CRITERIA = List.of("goal", "pupils", "evidence", "sharing");
    private static final int BATCH = 1_000;
    private static final String[] SENTENCES = {
        "Our goal was to let pupils design the weekly science challenge themselves instead of following the textbook.",
        "The starting point was a survey in which two thirds of the class said they rarely decide anything about their learning.",
        "We began with a short workshop where pupils listed questions they would like to investigate during the autumn.",
        "Each group chose one question, planned a small experiment and presented their plan to another group for feedback.",
        "My colleague in the parallel class joined the project in October, which let us compare two different ways of grouping.",
        "The learning log turned out to be the most useful source of evidence, because pupils wrote in it after every lesson.",
        "Not everything worked: the first presentations ran far too long and the audience lost interest after a few minutes.",
        "We changed the format to three-minute pitches with one question from the audience, and the energy came back at once.",
        "Photos of the experiments and the pupils' own drawings are attached, together with the before and after survey results.",
        "Several quieter pupils took on the role of the group's documenter and said afterwards that they felt their work mattered.",
        "Parents saw the results at the open evening, and some of them offered to visit and talk about science in their jobs.",
        "The biggest change I noticed in myself is that I now plan lessons around pupils' questions rather than around the content.",
        "Next term we will share the model with the whole school team and try it in mathematics as well as in science.",
        "Time was the hardest constraint, and in the next round I would reserve two full lessons for the planning phase alone.",
        "Pupils' reflections show that they learned to give each other feedback that is specific, kind and useful.",
        "The head teacher has agreed that the challenge week becomes part of the school's annual plan from next autumn.",
    };

    record Pool(UUID cohort, int firstLearner, List<UUID> submissions) {
    }

    private final JdbcTemplate jdbc;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Random random = new Random(42);
    private final List<Batch> batches = new ArrayList<>();
    private final Batch users = batch("insert into users (id, email, display_name, password_hash, language, created_at, "
            + "version, school, invited) values (?, ?, ?, '{noop}not-for-login', 'fi', ?, 0, null, false)");
    private final Batch roles = batch("insert into user_roles (user_id, role) values (?, ?)");
    private final Batch cohorts = batch("insert into cohorts (id, course_id, name, starts_on, ends_on, enrolment_key, "
            + "capacity, created_at, version) values (?, ?, ?, ?, ?, null, null, ?, 0)");
    private final Batch facilitators = batch("insert into cohort_facilitators (cohort_id, user_id) values (?, ?)");
    private final Batch enrolments = batch("insert into enrolments (id, cohort_id, course_id, user_id, enrolled_at, "
            + "last_activity_at, last_lesson_id, completed_at, version) values (?, ?, ?, ?, ?, ?, ?, null, 0)");
    private final Batch groups = batch("insert into sparring_groups (id, cohort_id, name) values (?, ?, ?)");
    private final Batch members = batch("insert into sparring_members (group_id, enrolment_id) values (?, ?)");
    private final Batch reviewPools = batch("insert into review_pools (id, version) values (?, 0)");
    private final Batch submissions = batch("insert into submissions (id, course_id, lesson_id, pool_id, author_id, title, "
            + "body, status, created_at, submitted_at, assessed_at, override_reason, version) "
            + "values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, null, 1)");
    private final Batch reviews = batch("insert into reviews (id, submission_id, reviewer_id, by_trainer, allocated_at, "
            + "expires_at, completed_at, what_works, idea_to_try, comment_text, hidden, helpful, version) "
            + "values (?, ?, ?, false, ?, ?, ?, ?, ?, null, false, null, ?)");
    private final Batch levels = batch("insert into review_levels (review_id, criterion_id, level) values (?, ?, ?)");
    private final List<UUID> userIds = new ArrayList<>();
    private final UUID facilitator = UUID.randomUUID();
    private long bodyChars;

    PeerReviewSeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        users.add(facilitator, "facilitator@bench.polku.local", "Fiona Facilitator", at(400));
        roles.add(facilitator, "FACILITATOR");
    }

    static String email(int learner) {
        return "peer%06d@bench.polku.local".formatted(learner);
    }

    /** {@code pools} cohorts of {@code perPool} learners who have all submitted; flushes every batch. */
    List<Pool> pools(int pools, int perPool) {
        List<Pool> result = new ArrayList<>();
        for (int q = 0; q < pools; q++) {
            result.add(pool(q, perPool));
        }
        flush();
        touched("");
        return result;
    }

    private Pool pool(int q, int n) {
        UUID cohort = UUID.randomUUID();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        cohorts.add(cohort, COURSE, "Cohort %04d".formatted(q + 1), today.minusDays(90), today.plusDays(30), at(100));
        facilitators.add(cohort, facilitator);
        String poolId = cohort.toString();
        reviewPools.add(COURSE + "/" + LESSON + "/" + poolId);
        int first = userIds.size();
        List<UUID> authors = new ArrayList<>();
        List<UUID> subs = new ArrayList<>();
        UUID group = null;
        for (int p = 0; p < n; p++) {
            UUID user = UUID.randomUUID();
            userIds.add(user);
            authors.add(user);
            users.add(user, email(first + p), "Teacher %06d".formatted(first + p), at(100));
            roles.add(user, "LEARNER");
            UUID enrolment = UUID.randomUUID();
            enrolments.add(enrolment, cohort, COURSE, user, at(90), at(p % 7), LESSON);
            if (p % 4 == 0) {
                group = UUID.randomUUID();
                groups.add(group, cohort, "Group %05d".formatted(p / 4 + 1));
            }
            members.add(group, enrolment);
            subs.add(UUID.randomUUID());
        }
        for (int p = 0; p < n; p++) {
            Instant submitted = now.minus(2 + p % 9, ChronoUnit.DAYS).minus(p % 600, ChronoUnit.MINUTES);
            boolean relaxed = submitted.plus(7, ChronoUnit.DAYS).isBefore(now);
            boolean firstFinished = p % 10 != 9;
            boolean second = p % 2 == 0;
            Instant firstAllocated = submitted.plus(6, ChronoUnit.HOURS);
            Instant secondAllocated = submitted.plus(20, ChronoUnit.HOURS);
            int completed = (firstFinished ? 1 : 0) + (second ? 1 : 0);
            Instant last = (second ? secondAllocated : firstAllocated).plus(3, ChronoUnit.HOURS);
            boolean assessed = completed >= (relaxed ? 1 : 2);
            String body = body();
            bodyChars += body.length();
            submissions.add(subs.get(p), COURSE, LESSON, poolId, authors.get(p), "Pupils design the science challenge, "
                    + "report %d".formatted(first + p), body, at(submitted.minus(3, ChronoUnit.DAYS)), at(submitted),
                    assessed ? at(last) : null);
            review(subs.get(p), authors.get((p + 1) % n), firstAllocated, firstFinished);
            if (second) {
                review(subs.get(p), authors.get((p + 2) % n), secondAllocated, true);
            }
        }
        return new Pool(cohort, first, subs);
    }

    private void review(UUID submission, UUID reviewer, Instant allocated, boolean finished) {
        UUID id = UUID.randomUUID();
        reviews.add(id, submission, reviewer, at(allocated), at(allocated.plus(24, ChronoUnit.HOURS)),
                finished ? at(allocated.plus(3, ChronoUnit.HOURS)) : null,
                finished ? "The goal grows out of a real need in the class, and the pupils' own questions drive the work." : null,
                finished ? "Try a short before/after self-assessment by the pupils, so the change shows in their words too." : null,
                finished ? 1 : 0);
        if (finished) {
            for (String c : CRITERIA) {
                levels.add(id, c, 1 + random.nextInt(4));
            }
        }
    }

    /**
     * A review open for each of the first {@code count} learners (pool by pool), of the report three
     * places on in their pool, which they have not reviewed. These reports are marked unassessed, so
     * each finished review runs the same assessment check every iteration. Marked by their
     * allocation time, for {@link #reopen}.
     */
    List<UUID> openReviews(List<Pool> pools, int perPool, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int learner = 0; learner < count; learner++) {
            Pool pool = pools.get(learner / perPool);
            int p = learner - pool.firstLearner();
            UUID id = UUID.randomUUID();
            ids.add(id);
            reviews.add(id, pool.submissions().get((p + 3) % perPool), userIds.get(learner), at(openMark()),
                    at(openMark().plus(24, ChronoUnit.HOURS)), null, null, null, 0);
        }
        flush();
        jdbc.update("update submissions set assessed_at = null where id in "
                + "(select submission_id from reviews where allocated_at = ?)", at(openMark()));
        touched(" where id in (select submission_id from reviews where allocated_at = ?)", at(openMark()));
        return ids;
    }

    /** Back to open: the reviews from {@link #openReviews}, finished or not, and their reports unassessed. */
    void reopen() {
        OffsetDateTime mark = at(openMark());
        jdbc.update("delete from review_levels where review_id in (select id from reviews where allocated_at = ?)", mark);
        jdbc.update("update reviews set completed_at = null, what_works = null, idea_to_try = null, comment_text = null "
                + "where allocated_at = ?", mark);
        jdbc.update("update submissions set assessed_at = null where id in "
                + "(select submission_id from reviews where allocated_at = ?)", mark);
        touched(" where id in (select submission_id from reviews where allocated_at = ?)", mark);
    }

    /**
     * The reports' {@code touched_until}, from the reviews written here: what the app keeps on
     * every review change (migration V14 and {@code SubmissionRepository.refreshTouched} have the
     * same statement).
     */
    private void touched(String where, Object... args) {
        jdbc.update("""
                update submissions set touched_until = coalesce(
                    (select max(case when r.completed_at is null then r.expires_at
                                     when r.hidden = false then timestamp with time zone '9999-01-01 00:00:00+00' end)
                     from reviews r where r.submission_id = submissions.id),
                    timestamp with time zone '1970-01-01 00:00:00+00')""" + where, args);
    }

    Instant now() {
        return now;
    }

    long bodyChars() {
        return bodyChars;
    }

    private Instant openMark() {
        return now.minus(1, ChronoUnit.HOURS);
    }

    private String body() {
        StringBuilder text = new StringBuilder(7_000);
        while (text.length() < 6_000) {
            text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(random.nextInt(8) == 0 ? "\n\n" : " ");
        }
        return text.toString();
    }

    private OffsetDateTime at(int daysAgo) {
        return at(now.minus(daysAgo, ChronoUnit.DAYS));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private Batch batch(String sql) {
        Batch b = new Batch(sql);
        batches.add(b);
        return b;
    }

    /** Every table's pending rows, parents before children, so foreign keys always hold. */
    private void flush() {
        batches.forEach(Batch::flush);
    }

    private final class Batch {
        private final String sql;
        private final List<Object[]> rows = new ArrayList<>();

        Batch(String sql) {
            this.sql = sql;
        }

        void add(Object... row) {
            rows.add(row);
            if (rows.size() >= BATCH) {
                PeerReviewSeed.this.flush();
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
                rows.clear();
            }
        }
    }
}
