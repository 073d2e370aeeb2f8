package fi.polku.durability;

import fi.polku.PolkuApplication;
import fi.polku.accounts.UserId;
import fi.polku.certificates.CertificateView;
import fi.polku.certificates.Certificates;
import fi.polku.learning.CohortId;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.learning.PlanVersionView;
import fi.polku.learning.Plans;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The app itself, plus a learner population that writes through the module services as fast as it
 * can, run as a child JVM by {@link KillNineDurabilityIT}. Every write is appended to the
 * acknowledgement log, and forced to disk, only after the service call returned, that is after
 * its transaction committed: what the log holds is what a user was told had been saved.
 * <p>
 * {@code --durability.ack=<file>} turns the writer on; without it the app only starts (a restart).
 */
public final class WriteDriver {

    static final String COURSE = "innovative-teachers";
    static final String PLAN = "development-plan";
    static final String REPORT = "project-report";
    static final List<String> READINGS = List.of("welcome", "innovation-education", "choosing-theme");
    static final List<String> PLAN_FIELDS = List.of("goal", "why-pupils", "actions", "schedule", "evidence", "support");
    static final List<String> CRITERIA = List.of("goal", "pupils", "evidence", "sharing");

    private final Learning learning;
    private final Cohorts cohorts;
    private final Plans plans;
    private final PeerReviews peerReviews;
    private final Certificates certificates;
    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy security;
    private final TransactionTemplate transaction;
    private final FileChannel ack;

    private WriteDriver(ConfigurableApplicationContext context, FileChannel ack) {
        this.learning = context.getBean(Learning.class);
        this.cohorts = context.getBean(Cohorts.class);
        this.plans = context.getBean(Plans.class);
        this.peerReviews = context.getBean(PeerReviews.class);
        this.certificates = context.getBean(Certificates.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.security = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.ack = ack;
    }

    public static void main(String[] args) throws IOException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PolkuApplication.class).run(args);
        String ackFile = context.getEnvironment().getProperty("durability.ack");
        String go = context.getEnvironment().getProperty("durability.go");
        if (go != null) {
            try {
                new Contention(context).run(Path.of(go), Path.of(context.getEnvironment().getProperty("durability.report")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            context.close();
            System.exit(0);
        }
        if (ackFile == null) {
            awaitRepublishedEvents(context.getBean(JdbcTemplate.class));
            context.close();
            System.exit(0);
        }
        try (FileChannel ack = FileChannel.open(Path.of(ackFile), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            new WriteDriver(context, ack).writeUntilKilled(context.getEnvironment().getProperty("durability.tag", "t"));
        }
    }

    /**
     * A restart: the event publication registry hands the events a killed JVM left unfinished to
     * their listeners again; wait until none is left (or a minute passed), then stop cleanly.
     */
    private static void awaitRepublishedEvents(JdbcTemplate jdbc) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long outstanding;
        do {
            outstanding = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                    Long.class);
            if (outstanding > 0) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } while (outstanding > 0 && System.nanoTime() < deadline);
        System.out.println("DURABILITY-RESTARTED outstanding=" + outstanding);
    }

    private void writeUntilKilled(String tag) throws IOException {
        String facilitator = "f-" + tag + "@kill.polku";
        UUID facilitatorId = person(facilitator, "Fasilitaattori Öhman", "FACILITATOR");
        acknowledge("user " + facilitator);
        signIn(facilitator, "ROLE_FACILITATOR");
        LocalDate today = LocalDate.now();
        CohortId cohort = cohorts.create(new NewCohort(COURSE, "Kestävyys " + tag, today.minusDays(1), today.plusDays(60),
                null, null)).id();
        acknowledge("cohort " + cohort.value() + " " + facilitatorId);
        for (int n = 0; ; n++) {
            int i = n;
            String email = "l-" + tag + "-" + i + "@kill.polku";
            UUID learner = person(email, "Oppija Äijälä " + i, "LEARNER");
            acknowledge("user " + email);
            signIn(email, "ROLE_LEARNER");
            learning.enrol(cohort, "");
            acknowledge("enrolment " + email);
            for (String lesson : READINGS) {
                learning.markDone(COURSE, lesson);
                acknowledge("lesson " + email + " " + lesson);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            PLAN_FIELDS.forEach(f -> fields.put(f, f + ": pölyä ja öljyä, kerta " + i));
            PlanVersionView plan = plans.save(COURSE, PLAN, fields);
            acknowledge("plan " + plan.id() + " " + fields.size());
            peerReviews.saveDraft(COURSE, REPORT, "Hanke " + i + ": äänestys", "Oppilaat **suunnittelivat** kokeen itse.");
            peerReviews.submit(COURSE, REPORT);
            acknowledge("submission " + email);
            Optional<UUID> review = peerReviews.requestReview(COURSE, REPORT);
            if (review.isPresent()) {
                Map<String, Integer> levels = new LinkedHashMap<>();
                CRITERIA.forEach(c -> levels.put(c, 1 + (i % 4)));
                peerReviews.submitReview(review.get(), new Views.ReviewForm(levels, "Selkeä tavoite.",
                        "Kokeile väliarviointia.", ""));
                acknowledge("review " + review.get() + " " + levels.size());
            }
            signIn(facilitator, "ROLE_FACILITATOR");
            CertificateView issued = certificates.issue(new UserId(learner), COURSE, "Kestävyystesti");
            acknowledge("certificate " + issued.code() + " " + email);
        }
    }

    /** After the commit: one line, forced to disk before the next write starts. */
    private void acknowledge(String line) throws IOException {
        ack.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        ack.force(false);
    }

    private UUID person(String email, String name, String role) {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(tx -> insertPerson(id, email, name, role));
        return id;
    }

    /** Straight into the database, as the registration form would, without hashing a password for each. */
    private void insertPerson(UUID id, String email, String name, String role) {
        jdbc.update("insert into users (id, email, display_name, password_hash, language, created_at, version, school, invited) "
                + "values (?, ?, ?, '{noop}not-for-login', 'fi', ?, 0, null, false)", id, email, name,
                Timestamp.from(Instant.now()));
        jdbc.update("insert into user_roles (user_id, role) values (?, ?)", id, role);
    }

    private void signIn(String email, String role) {
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority(role))));
        security.setContext(context);
    }
}
