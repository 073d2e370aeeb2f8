package fi.polku.bench;

import fi.polku.PolkuApplication;
import fi.polku.accounts.Role;
import fi.polku.content.CourseCatalog;
import fi.polku.content.LessonSummary;
import fi.polku.content.LessonType;
import fi.polku.learning.CohortId;
import fi.polku.learning.CohortRow;
import fi.polku.learning.Cohorts;
import fi.polku.learning.CourseProgress;
import fi.polku.learning.Learning;
import fi.polku.learning.internal.LearningBenchSupport;
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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.context.support.GenericWebApplicationContext;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The learning module on a real database, through the real Spring context: the facilitator's
 * cohort view of 1,000 learners with 30 progress rows each, and learners marking lessons done.
 * One context (and one fresh H2 file or PostgreSQL schema) per trial.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 10, time = 2) // Hibernate's and Spring's paths need ~20 s of JIT on 2 cores to settle
@Measurement(iterations = 5, time = 2)
public class LearningBenchmark {

    static final int COHORT_SIZE = 1_000;
    /** Enough learners that a warm H2 never runs out of lessons not yet done within one iteration. */
    static final int WRITERS = 5_000;
    static final String READING_LESSON = "innovation-education";

    @Param({"h2", "postgres"})
    public String database;

    private ConfigurableApplicationContext context;
    private String schema;
    private Path h2Dir;
    private JdbcTemplate jdbc;
    private LearningBenchSupport support;
    private Cohorts cohorts;
    private Learning learning;
    private CohortId viewCohort;
    private Authentication facilitator;
    private List<Authentication> writers;
    private List<String> markable;
    private int writes;
    private fi.polku.community.Discussions discussions;
    private fi.polku.community.Notifications notifications;
    private List<Authentication> readers;
    private int reads;

    @Setup(Level.Trial)
    public void boot() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> args = new ArrayList<>(List.of("--polku.demo.enabled=false",
                "--logging.level.root=WARN", "--logging.file.name=", "--POLKU_ADMIN_PASSWORD=bench-admin-" + tag));
        if (database.equals("postgres")) {
            schema = "bench_learning_" + tag;
            args.addAll(List.of("--spring.datasource.url=" + Postgres.URL + "?currentSchema=" + schema,
                    "--spring.datasource.username=" + Postgres.USER, "--spring.datasource.password=",
                    "--spring.flyway.schemas=" + schema));
        } else {
            h2Dir = Path.of("target", "bench-h2", tag);
            args.add("--spring.datasource.url=jdbc:h2:file:./" + h2Dir.resolve("polku") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        // As @SpringBootTest's mock web environment: a servlet context for the security configuration,
        // but no server and no Vaadin servlet (WebApplicationType.NONE fails in VaadinSecurityConfigurer).
        context = new SpringApplicationBuilder(PolkuApplication.class).web(WebApplicationType.SERVLET)
                .contextFactory(ApplicationContextFactory.of(() -> new GenericWebApplicationContext(new MockServletContext())))
                .run(args.toArray(String[]::new));
        jdbc = context.getBean(JdbcTemplate.class);
        cohorts = context.getBean(Cohorts.class);
        learning = context.getBean(Learning.class);

        List<LessonSummary> lessons = context.getBean(CourseCatalog.class)
                .course(LearningSeed.COURSE, Locale.ENGLISH).orElseThrow().lessons();
        markable = lessons.stream().filter(l -> l.type() == LessonType.READING || l.type() == LessonType.SESSION)
                .map(LessonSummary::id).toList();
        LearningSeed seed = new LearningSeed(jdbc);
        UUID cohort = seed.finishedCohort("Autumn 2026", COHORT_SIZE, lessons.stream().map(LessonSummary::id).toList());
        viewCohort = new CohortId(cohort);
        writers = seed.freshCohort("Writers 2026", WRITERS).stream().map(e -> signedIn(e, Role.LEARNER)).toList();
        facilitator = signedIn(LearningSeed.FACILITATOR, Role.FACILITATOR);
        readers = LearningSeed.emails("done", COHORT_SIZE).stream().map(e -> signedIn(e, Role.LEARNER)).toList();
        discussions = context.getBean(fi.polku.community.Discussions.class);
        notifications = context.getBean(fi.polku.community.Notifications.class);
        support = new LearningBenchSupport(context, cohort);
        report();
    }

    /** Prints what was seeded and how many SQL statements one operation runs. */
    private void report() {
        System.out.printf("%n[%s] seeded: %s%n", database, jdbc.queryForList("""
                select 'users', count(*) from users union all select 'enrolments', count(*) from enrolments
                union all select 'lesson_progress', count(*) from lesson_progress
                union all select 'survey_responses', count(*) from survey_responses
                union all select 'plan_versions', count(*) from plan_versions
                union all select 'sparring_groups', count(*) from sparring_groups
                union all select 'attendance', count(*) from attendance""").stream()
                .map(r -> r.values().stream().map(String::valueOf).reduce((a, b) -> a + "=" + b).orElseThrow()).toList());
        System.out.printf("[%s] cohort view: %d rows; dashboard %s; service %s%n", database,
                cohortDashboardRows().size(), statements(this::cohortDashboardRows), statements(this::cohortServiceRows));
        System.out.printf("[%s] markDone: %s%n", database, statements(this::markDone));
        System.out.printf("[%s] lesson page data: %s%n", database, statements(this::lessonPageData));
    }

    /** How many SQL statements one call runs, and how many of them load a collection (by role). */
    private String statements(Supplier<?> operation) {
        Statistics stats = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        stats.setStatisticsEnabled(true);
        operation.get();
        stats.setStatisticsEnabled(false);
        Map<String, Long> loads = new TreeMap<>();
        for (String role : stats.getCollectionRoleNames()) {
            long fetches = stats.getCollectionStatistics(role).getFetchCount();
            if (fetches > 0) {
                loads.put(role.substring(role.lastIndexOf('.', role.lastIndexOf('.') - 1) + 1), fetches);
            }
        }
        return stats.getPrepareStatementCount() + " SQL statements, collection loads " + loads;
    }

    /** Every iteration of the write benchmark starts from learners with no progress. */
    @Setup(Level.Iteration)
    public void resetWrites() {
        if (writes > 0) {
            jdbc.update("delete from lesson_progress where enrolment_id in "
                    + "(select e.id from enrolments e join cohorts c on c.id = e.cohort_id where c.name = 'Writers 2026')");
            writes = 0;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        SecurityContextHolder.clearContext();
        context.close();
        if (schema != null) {
            Postgres.dropSchema(schema);
        }
        if (h2Dir != null) {
            FileSystemUtils.deleteRecursively(h2Dir.toFile());
        }
    }

    /** The dashboard's queries and row building (CohortDashboard.rows in a read-only transaction). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<CohortRow> cohortDashboardRows() {
        SecurityContextHolder.getContext().setAuthentication(facilitator);
        return support.dashboardRows();
    }

    /** What the facilitator's cohort view calls: Cohorts.rows, with its access check. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<CohortRow> cohortServiceRows() {
        SecurityContextHolder.getContext().setAuthentication(facilitator);
        return cohorts.rows(viewCohort);
    }

    /** One learner marks one lesson they had not done yet (Learning.markDone, its own transaction). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public CourseProgress markDone() {
        int n = writes++;
        if (n >= writers.size() * markable.size()) {
            throw new IllegalStateException("Ran out of lessons not yet done; raise WRITERS");
        }
        SecurityContextHolder.getContext().setAuthentication(writers.get(n % writers.size()));
        return learning.markDone(LearningSeed.COURSE, markable.get(n / writers.size()));
    }

    /**
     * What opening a reading lesson asks of the database, as one HTTP request would: the discussion
     * board (with the learner's place in the course), the progress bar, the "last seen here" stamp and
     * the bell's count, for a learner of the finished cohort (30 lessons done, in a sparring group).
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Object> lessonPageData() {
        SecurityContextHolder.getContext().setAuthentication(readers.get(reads++ % readers.size()));
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(
                        new org.springframework.mock.web.MockHttpServletRequest()));
        try {
            var board = discussions.board(LearningSeed.COURSE, READING_LESSON, java.util.Optional.empty());
            var progress = learning.progress(LearningSeed.COURSE);
            learning.visit(LearningSeed.COURSE, READING_LESSON);
            return List.of(board, progress, notifications.unreadCount());
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    private static Authentication signedIn(String email, Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority(role.authority())));
    }
}
