package fi.polku.bench;

import fi.polku.PolkuApplication;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views.ReviewForm;
import fi.polku.support.Postgres;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.context.support.GenericWebApplicationContext;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Peer review on a real database with 100,000 submitted project reports, through the real Spring
 * context: handing a learner the next report to review ({@code PeerReviews.requestReview}, every
 * call by a learner who holds no open review, so every call allocates), and learners saving
 * reviews ({@code PeerReviews.submitReview}). Allocation is measured with the reports spread over
 * 1,000 cohorts of 100 (its pools) and with all of them in one pool; review writes with the spread.
 * One context (and one fresh H2 file or PostgreSQL schema) per trial.
 */
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class PeerReviewBenchmark {

    static final int SUBMISSIONS = 100_000;
    /** More open reviews than a warm H2 saves in one 2 s iteration; they are reopened between iterations. */
    static final int WRITERS = 30_000;

    /** Everyone who asks has submitted, holds no open review and has given fewer than three. */
    @State(Scope.Benchmark)
    public static class Allocation {
        @Param({"h2", "postgres"})
        public String database;
        /** spread: 1,000 pools of 100; cohort500: 200 pools of 500 (a big cohort); onepool: one pool of 100,000. */
        @Param({"spread", "cohort500", "onepool"})
        public String layout;

        Seeded db;
        int pools;
        int perPool;
        int calls;

        @Setup(Level.Trial)
        public void setUp() {
            pools = switch (layout) {
                case "spread" -> 1_000;
                case "cohort500" -> 200;
                case "onepool" -> 1;
                default -> throw new IllegalArgumentException("Unknown layout " + layout);
            };
            perPool = SUBMISSIONS / pools;
            db = Seeded.boot(database, "alloc");
            db.guard(() -> {
                db.seed(pools, perPool);
                System.out.printf("[%s/%s] one requestReview: %s%n", database, layout, db.statements(this::allocate));
                for (int i = 0; i < 30; i++) {
                    allocate();
                }
                System.out.printf("[%s/%s] per query, warm: %s%n", database, layout, db.queryTimes(this::allocate, 20));
            });
        }

        /** Learners in turn across the pools: learner k of pool q asks as call k·pools + q. */
        Optional<UUID> allocate() {
            int call = calls++;
            if (call >= SUBMISSIONS) {
                throw new IllegalStateException("Every learner has asked once; shorten the run");
            }
            db.signIn(PeerReviewSeed.email((call % pools) * perPool + call / pools));
            Optional<UUID> review = db.peerReviews.requestReview(PeerReviewSeed.COURSE, PeerReviewSeed.LESSON);
            if (review.isEmpty()) {
                throw new IllegalStateException("Nothing allocated on call " + call);
            }
            return review;
        }

        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            Integer allocated = db.jdbc.queryForObject("select count(*) from reviews where allocated_at > ?",
                    Integer.class, db.seed.now().atOffset(java.time.ZoneOffset.UTC));
            System.out.printf("%n[%s/%s] %d requestReview calls, %d new reviews allocated%n", database, layout, calls,
                    allocated);
            db.close();
        }
    }

    /** Learners finishing reviews they hold, of reports in 1,000 cohorts of 100. */
    @State(Scope.Benchmark)
    public static class Writes {
        @Param({"h2", "postgres"})
        public String database;

        Seeded db;
        List<UUID> open;
        int writes;
        int total;

        @Setup(Level.Trial)
        public void setUp() {
            db = Seeded.boot(database, "write");
            db.guard(() -> {
                List<PeerReviewSeed.Pool> pools = db.seed(1_000, 100);
                open = db.seed.openReviews(pools, 100, WRITERS);
                System.out.printf("[%s] one submitReview: %s%n", database, db.statements(() -> {
                    write();
                    return null;
                }));
            });
        }

        @Setup(Level.Iteration)
        public void reopen() {
            if (writes > 0) {
                db.seed.reopen();
                total += writes;
                writes = 0;
            }
        }

        void write() {
            int n = writes++;
            if (n >= open.size()) {
                throw new IllegalStateException("Ran out of open reviews; raise WRITERS");
            }
            int level = 1 + n % 4;
            db.signIn(PeerReviewSeed.email(n));
            db.peerReviews.submitReview(open.get(n), new ReviewForm(
                    PeerReviewSeed.CRITERIA.stream().collect(Collectors.toMap(c -> c, c -> level)),
                    "The pupils' own questions make the goal feel real, and the evidence is easy to follow.",
                    "Try a three-minute pitch format for the presentations next time.", ""));
        }

        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            System.out.printf("%n[%s] %d reviews saved; event publications not completed: %s%n", database,
                    total + writes, db.jdbc.queryForList("select event_type, count(*) from event_publication "
                            + "where completion_date is null group by event_type"));
            db.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Optional<UUID> requestReview(Allocation state) {
        return state.allocate();
    }

    @Benchmark
    @Warmup(iterations = 30, time = 2) // on 2 cores H2 reached its plateau only after 16-17 iterations
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void submitReview(Writes state) {
        state.write();
    }

    /** A booted context on a fresh database, and its seed. */
    static final class Seeded {
        final String database;
        final ConfigurableApplicationContext context;
        final JdbcTemplate jdbc;
        final PeerReviews peerReviews;
        final SecurityContextHolderStrategy security;
        final String schema;
        final Path h2Dir;
        PeerReviewSeed seed;

        private Seeded(String database, ConfigurableApplicationContext context, String schema, Path h2Dir) {
            this.database = database;
            this.context = context;
            this.schema = schema;
            this.h2Dir = h2Dir;
            this.jdbc = context.getBean(JdbcTemplate.class);
            this.peerReviews = context.getBean(PeerReviews.class);
            this.security = context.getBeanProvider(SecurityContextHolderStrategy.class)
                    .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        }

        static Seeded boot(String database, String what) {
            String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            // The learning module's SubmissionAssessed listener fails on its async thread (no signed-in user for
            // PeerReviews.isAssessed); its stack traces would flood the console. Tear-down counts the failures.
            List<String> args = new ArrayList<>(List.of("--polku.demo.enabled=false", "--logging.level.root=WARN",
                    "--logging.level.org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler=OFF",
                    "--logging.file.name=", "--POLKU_ADMIN_PASSWORD=bench-admin-" + tag));
            String schema = null;
            Path h2Dir = null;
            if (database.equals("postgres")) {
                schema = "bench_review_" + what + "_" + tag;
                args.addAll(List.of("--spring.datasource.url=" + Postgres.URL + "?currentSchema=" + schema,
                        "--spring.datasource.username=" + Postgres.USER, "--spring.datasource.password=",
                        "--spring.flyway.schemas=" + schema));
            } else {
                h2Dir = Path.of("target", "bench-h2", tag);
                args.add("--spring.datasource.url=jdbc:h2:file:./" + h2Dir.resolve("polku") + ";DB_CLOSE_ON_EXIT=FALSE");
            }
            // As in LearningBenchmark: a mock servlet context for the security configuration, no server.
            ConfigurableApplicationContext context = new SpringApplicationBuilder(PolkuApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .contextFactory(ApplicationContextFactory.of(() -> new GenericWebApplicationContext(new MockServletContext())))
                    .run(args.toArray(String[]::new));
            return new Seeded(database, context, schema, h2Dir);
        }

        /** Runs the set-up; if it fails, closes the context and drops the database first (JMH skips tear-down then). */
        void guard(Runnable setUp) {
            try {
                setUp.run();
            } catch (RuntimeException e) {
                try {
                    close();
                } catch (SQLException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        List<PeerReviewSeed.Pool> seed(int pools, int perPool) {
            long start = System.nanoTime();
            seed = new PeerReviewSeed(jdbc);
            List<PeerReviewSeed.Pool> result = seed.pools(pools, perPool);
            // Fresh statistics, as a database that grew to this size would have; otherwise PostgreSQL's
            // autovacuum analyses the bulk-loaded tables in the middle of the warm-up.
            for (String table : List.of("users", "user_roles", "cohorts", "cohort_facilitators", "enrolments",
                    "sparring_groups", "sparring_members", "review_pools", "submissions", "reviews", "review_levels")) {
                jdbc.execute((database.equals("postgres") ? "vacuum analyze " : "analyze table ") + table);
            }
            System.out.printf("%n[%s] seeded %d pools × %d in %.1f s (report bodies %.0f MB): %s%n", database, pools,
                    perPool, (System.nanoTime() - start) / 1e9, seed.bodyChars() / 1e6, counts());
            return result;
        }

        private String counts() {
            return jdbc.queryForList("""
                    select 'users', count(*) from users union all select 'enrolments', count(*) from enrolments
                    union all select 'sparring_members', count(*) from sparring_members
                    union all select 'review_pools', count(*) from review_pools
                    union all select 'submissions', count(*) from submissions
                    union all select 'assessed', count(*) from submissions where assessed_at is not null
                    union all select 'reviews', count(*) from reviews
                    union all select 'finished', count(*) from reviews where completed_at is not null
                    union all select 'review_levels', count(*) from review_levels""").stream()
                    .map(r -> r.values().stream().map(String::valueOf).collect(Collectors.joining("=")))
                    .collect(Collectors.joining(", "));
        }

        /** Signs in with the context's own security strategy, as CurrentUser reads it. */
        void signIn(String email) {
            var c = security.createEmptyContext();
            c.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                    List.of(new SimpleGrantedAuthority("ROLE_LEARNER"))));
            security.setContext(c);
        }

        /** How long one call takes, how many SQL statements it runs, and how many rows each query returns. */
        String statements(java.util.function.Supplier<?> operation) {
            Statistics stats = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            stats.clear();
            stats.setStatisticsEnabled(true);
            long start = System.nanoTime();
            operation.get();
            long nanos = System.nanoTime() - start;
            stats.setStatisticsEnabled(false);
            Map<String, Long> rows = new java.util.TreeMap<>();
            for (String query : stats.getQueries()) {
                rows.merge(query.replaceAll("\\s+", " ").replaceFirst("^(.{0,90}).*", "$1"),
                        stats.getQueryStatistics(query).getExecutionRowCount(), Long::sum);
            }
            return "%.1f ms, %d SQL statements, %d entities and %d collections loaded, %d inserted, %d updated, %d deleted; query rows %s"
                    .formatted(nanos / 1e6, stats.getPrepareStatementCount(), stats.getEntityLoadCount(),
                            stats.getCollectionLoadCount(), stats.getEntityInsertCount(), stats.getEntityUpdateCount(),
                            stats.getEntityDeleteCount(), rows);
        }

        /** Average time per query over {@code calls} calls (Hibernate's statistics), slowest first. */
        String queryTimes(java.util.function.Supplier<?> operation, int calls) {
            Statistics stats = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            stats.clear();
            stats.setStatisticsEnabled(true);
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                operation.get();
            }
            long nanos = System.nanoTime() - start;
            stats.setStatisticsEnabled(false);
            return "%.1f ms per call; ".formatted(nanos / 1e6 / calls) + java.util.Arrays.stream(stats.getQueries())
                    .sorted(java.util.Comparator.comparingLong(q -> -stats.getQueryStatistics(q).getExecutionTotalTime()))
                    .map(q -> "%.1f ms × %d: %s".formatted(stats.getQueryStatistics(q).getExecutionTotalTime() / (double) calls,
                            stats.getQueryStatistics(q).getExecutionCount() / calls,
                            q.replaceAll("\\s+", " ").replaceFirst("^(.{0,110}).*", "$1")))
                    .collect(Collectors.joining(" | "));
        }

        void close() throws SQLException {
            security.clearContext();
            context.close();
            if (schema != null) {
                Postgres.dropSchema(schema);
            }
            if (h2Dir != null) {
                FileSystemUtils.deleteRecursively(h2Dir.toFile());
            }
        }
    }
}
