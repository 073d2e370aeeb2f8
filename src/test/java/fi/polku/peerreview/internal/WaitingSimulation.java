package fi.polku.peerreview.internal;

import fi.polku.learning.CohortId;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.peerreview.BonusReviewInvited;
import fi.polku.peerreview.Moderation;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.ReviewReminderDue;
import fi.polku.peerreview.Views;
import fi.polku.support.MutableClock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Nobody waits, measured (issue 12): seeded cohorts do a peer-reviewed assignment through the real
 * peer-review services, on a real database, while the simulation moves the clock.
 * <p>
 * The behaviour mix (of each cohort): 10 % never submit; 20 % submit late (days 7–14, the others
 * in days 0–7); 30 % of submitters never review anyone. The others come back on random days, each
 * with their own daily chance (30–80 %) while they owe reviews and a third of it afterwards (to
 * read feedback); on a visit they pull work as the assignment panel offers it: continue the open
 * review, else ask for one while short of the quota, else take a waiting report as a bonus review
 * when the panel offers one (half the time). One review in ten is claimed and left unfinished
 * (its hold expires); after each finished review they go on 80 % of the time. A reminder brings a
 * reviewer back within a day 60 % of the time, an invitation 50 %. Facilitators look at their
 * queue every other day and review each escalated submission once. The sweep runs every 6 hours.
 * Cohorts of a run start together, so with a shared pool they help each other.
 */
final class WaitingSimulation {

    static final String LESSON = "report";
    static final Duration PROMISE = Duration.ofDays(8);
    static final Duration HORIZON = Duration.ofDays(30);
    /** Hourly in the application; every 6 hours here keeps a run short and only delays what the sweep does. */
    static final Duration SWEEP_EVERY = Duration.ofHours(6);

    /** A policy is a course of the simulation content whose assignment sets the rules. */
    record Policy(String courseId, String label) {
    }

    record Run(Policy policy, int cohortSize, int cohorts, long seed) {
    }

    /** One submission: whether it came late, how long it waited for its feedback (null: longer than the horizon). */
    record Served(boolean late, @Nullable Duration waited, boolean byFacilitator) {
    }

    record Result(Run run, List<Served> submissions, int activeLearners, int reviewsByActive, int bonusReviews,
                  int facilitatorReviews, int mostRegularReviews, int quota) {
    }

    /** Puts the simulation's clock (as the primary one) and inbox into a context. */
    static final class Beans implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            GenericApplicationContext generic = (GenericApplicationContext) context;
            generic.registerBean(MutableClock.class, () -> new MutableClock(Instant.parse("2027-01-04T04:00:00Z"),
                    ZoneId.of("Europe/Helsinki")), definition -> definition.setPrimary(true));
            generic.registerBean(Inbox.class, Inbox::new);
        }
    }

    /** Catches the reminders and invitations the sweep publishes, as a notification would reach a learner. */
    static final class Inbox implements ApplicationListener<ApplicationEvent> {
        private final List<Object> received = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && (payload.getPayload() instanceof ReviewReminderDue || payload.getPayload() instanceof BonusReviewInvited)) {
                received.add(payload.getPayload());
            }
        }

        List<Object> drain() {
            synchronized (received) {
                List<Object> all = new ArrayList<>(received);
                received.clear();
                return all;
            }
        }
    }

    private static final class Learner {
        final UUID id;
        final String email;
        final int index;
        final String course;
        boolean submits;
        boolean late;
        boolean reviews;
        double propensity;
        int given;
        @Nullable Instant submittedAt;

        Learner(UUID id, String email, int index, String course) {
            this.id = id;
            this.email = email;
            this.index = index;
            this.course = course;
        }
    }

    private record Event(Instant at, long order, Runnable action) {
    }

    private final PeerReviews peerReviews;
    private final Moderation moderation;
    private final Cohorts cohorts;
    private final Learning learning;
    private final AssessmentCheck assessment;
    private final Assignments assignments;
    private final JdbcTemplate jdbc;
    private final MutableClock clock;
    private final SecurityContextHolderStrategy security;
    private final Inbox inbox;
    private int runs;

    WaitingSimulation(ApplicationContext context) {
        this.peerReviews = context.getBean(PeerReviews.class);
        this.moderation = context.getBean(Moderation.class);
        this.cohorts = context.getBean(Cohorts.class);
        this.learning = context.getBean(Learning.class);
        this.assessment = context.getBean(AssessmentCheck.class);
        this.assignments = context.getBean(Assignments.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.clock = context.getBean(MutableClock.class);
        this.security = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.inbox = context.getBean(Inbox.class);
    }

    Result run(Run run) {
        String course = run.policy().courseId();
        int quota = assignments.of(course, LESSON).reviewsToGive();
        Random ids = new Random((course + "/" + run.cohortSize() + "/" + run.seed()).hashCode());
        Random life = new Random(run.seed());
        // A stretch of time of its own: no cohort of an earlier run overlaps this one's.
        clock.advance(Duration.ofDays(120));
        Instant start = clock.instant();
        String tag = course + "-" + run.cohortSize() + "-" + run.seed() + "-" + ++runs;
        String facilitator = email("f-" + tag);
        person(ids, facilitator, "Fasilitaattori Åström", "FACILITATOR");
        signIn(facilitator, "ROLE_FACILITATOR");
        LocalDate today = LocalDate.ofInstant(start, clock.getZone());
        List<Learner> learners = new ArrayList<>();
        for (int c = 0; c < run.cohorts(); c++) {
            signIn(facilitator, "ROLE_FACILITATOR");
            CohortId cohort = cohorts.create(new NewCohort(course, "Simulaatio " + tag + "/" + c, today.minusDays(1),
                    today.plusDays(45), null, null)).id();
            List<Learner> these = new ArrayList<>();
            for (int i = 0; i < run.cohortSize(); i++) {
                String email = email("l-" + tag + "-" + c + "-" + i);
                Learner l = new Learner(person(ids, email, "Oppija Äijälä " + c + "-" + i, "LEARNER"), email,
                        learners.size() + these.size(), course);
                signIn(email, "ROLE_LEARNER");
                learning.enrol(cohort, "");
                these.add(l);
            }
            behave(these, life);
            learners.addAll(these);
        }

        PriorityQueue<Event> queue = new PriorityQueue<>(Comparator.comparing(Event::at).thenComparingLong(Event::order));
        long[] order = {0};
        java.util.function.BiConsumer<Instant, Runnable> at = (when, action) -> queue.add(new Event(when, order[0]++, action));
        Instant end = start.plus(HORIZON);
        Set<UUID> servedByFacilitator = new HashSet<>();
        int[] facilitatorReviews = {0};
        Map<UUID, Learner> byId = new HashMap<>();
        learners.forEach(l -> byId.put(l.id, l));

        for (Learner l : learners) {
            if (l.submits) {
                Duration offset = Duration.ofMinutes((l.late ? 7 * 24 * 60 : 0) + life.nextInt(7 * 24 * 60)).plusSeconds(l.index);
                at.accept(start.plus(offset), () -> submit(l));
            }
        }
        for (Instant t = start.plus(SWEEP_EVERY); t.isBefore(end); t = t.plus(SWEEP_EVERY)) {
            at.accept(t, () -> {
                assessment.sweep();
                List<Object> nudges = inbox.drain().stream().filter(e -> byId.containsKey(learnerOf(e))).sorted(
                        Comparator.comparing((Object e) -> e.getClass().getSimpleName()).thenComparingInt(e -> byId.get(learnerOf(e)).index))
                        .toList();
                for (Object nudge : nudges) {
                    Learner l = byId.get(learnerOf(nudge));
                    double comes = nudge instanceof ReviewReminderDue ? 0.6 : 0.5;
                    if (l.reviews && life.nextDouble() < comes) {
                        at.accept(clock.instant().plus(Duration.ofMinutes(30 + life.nextInt(23 * 60))), () -> visit(l, quota, life));
                    }
                }
            });
        }
        for (int day = 0; day < HORIZON.toDays(); day++) {
            Instant morning = start.plus(Duration.ofDays(day));
            if (day % 2 == 0) {
                at.accept(morning.plus(Duration.ofMinutes(4 * 60 + life.nextInt(8 * 60))), () -> {
                    signIn(facilitator, "ROLE_FACILITATOR");
                    for (Views.Waiting w : moderation.queue().waiting()) {
                        if (w.escalated() && servedByFacilitator.add(w.submissionId())) {
                            UUID review = moderation.reviewYourself(w.submissionId());
                            peerReviews.submitReview(review, form());
                            facilitatorReviews[0]++;
                        }
                    }
                });
            }
            for (Learner l : learners) {
                at.accept(morning.plusSeconds(l.index), () -> {
                    if (l.reviews && l.submittedAt != null) {
                        double chance = l.given < quota ? l.propensity : l.propensity / 3;
                        if (life.nextDouble() < chance) {
                            at.accept(clock.instant().plus(Duration.ofMinutes(4 * 60 + life.nextInt(14 * 60))),
                                    () -> visit(l, quota, life));
                        }
                    }
                });
            }
        }
        at.accept(end, assessment::sweep);
        while (!queue.isEmpty()) {
            Event e = queue.poll();
            if (e.at().isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), e.at()));
            }
            e.action().run();
        }
        inbox.drain();
        Result result = measure(run, learners, servedByFacilitator, facilitatorReviews[0], quota);
        // Close what still waits, so that later runs' sweeps do not carry this run along.
        signIn(facilitator, "ROLE_FACILITATOR");
        moderation.queue().waiting().forEach(w -> moderation.override(w.submissionId(), "Simulaatio päättyi"));
        security.clearContext();
        return result;
    }

    /** Exactly the mix's shares of each cohort, drawn at random: who never submits, who is late, who never reviews. */
    private static void behave(List<Learner> cohort, Random life) {
        List<Learner> shuffled = new ArrayList<>(cohort);
        Collections.shuffle(shuffled, life);
        int never = Math.round(cohort.size() * 0.1f);
        int late = Math.round(cohort.size() * 0.2f);
        for (int i = 0; i < shuffled.size(); i++) {
            Learner l = shuffled.get(i);
            l.submits = i >= never;
            l.late = i >= never && i < never + late;
            l.propensity = 0.3 + 0.5 * life.nextDouble();
        }
        List<Learner> submitters = new ArrayList<>(shuffled.subList(never, shuffled.size()));
        Collections.shuffle(submitters, life);
        int silent = Math.round(submitters.size() * 0.3f);
        for (int i = 0; i < submitters.size(); i++) {
            submitters.get(i).reviews = i >= silent;
        }
    }

    private void submit(Learner l) {
        signIn(l.email, "ROLE_LEARNER");
        peerReviews.saveDraft(l.course, LESSON, "Hanke " + l.index + ": pölyä ja öljyä",
                "Oppilaat **suunnittelivat** kokeen itse. Mitä opimme: äänestys, työpajat ja esitykset.");
        peerReviews.submit(l.course, LESSON);
        l.submittedAt = clock.instant();
    }

    private void visit(Learner l, int quota, Random life) {
        signIn(l.email, "ROLE_LEARNER");
        for (int step = 0; step < quota + 2; step++) {
            Views.MyAssignment mine = peerReviews.mine(l.course, LESSON);
            l.given = mine.reviewsGiven();
            UUID review;
            if (mine.openReview().isPresent()) {
                review = mine.openReview().get();
            } else {
                boolean regular = mine.reviewsGiven() < quota;
                if (!regular && !(mine.bonusWaiting() && life.nextDouble() < 0.5)) {
                    return;
                }
                Optional<UUID> handed = peerReviews.requestReview(l.course, LESSON);
                if (handed.isEmpty() || life.nextDouble() < 0.1) {
                    return; // nothing waiting, or opened and left: the hold will expire
                }
                review = handed.get();
            }
            clock.advance(Duration.ofMinutes(20 + life.nextInt(40)));
            peerReviews.submitReview(review, form());
            l.given++;
            if (life.nextDouble() >= 0.8) {
                return;
            }
        }
    }

    private Result measure(Run run, List<Learner> learners, Set<UUID> byFacilitator, int facilitatorReviews, int quota) {
        List<Served> served = new ArrayList<>();
        int active = 0;
        int given = 0;
        int bonus = 0;
        int most = 0;
        for (Learner l : learners) {
            if (l.submittedAt == null) {
                continue;
            }
            signIn(l.email, "ROLE_LEARNER");
            Views.MyAssignment mine = peerReviews.mine(run.policy().courseId(), LESSON);
            Views.Submission s = mine.submission().orElseThrow();
            Instant assessed = s.assessedAt();
            Duration wait = assessed == null ? null : Duration.between(l.submittedAt, assessed);
            served.add(new Served(l.late, wait != null && wait.compareTo(HORIZON) <= 0 ? wait : null,
                    byFacilitator.contains(s.id())));
            if (mine.reviewsGiven() > 0) {
                active++;
                given += mine.reviewsGiven();
                bonus += mine.bonusReviews();
            }
            most = Math.max(most, mine.reviewsGiven() - mine.bonusReviews());
        }
        security.clearContext();
        return new Result(run, served, active, given, bonus, facilitatorReviews, most, quota);
    }

    private static UUID learnerOf(Object nudge) {
        return nudge instanceof ReviewReminderDue r ? r.learner().value() : ((BonusReviewInvited) nudge).learner().value();
    }

    private static Views.ReviewForm form() {
        return new Views.ReviewForm(Map.of("goal", 3), "Tavoite on selkeä ja oppilaiden ääni kuuluu.",
                "Kokeile lyhyitä väliarviointeja työpajojen jälkeen.", "");
    }

    /** A user straight into the database (no password hashing): ids come from the run's seed, so runs repeat. */
    private UUID person(Random ids, String email, String name, String role) {
        UUID id = new UUID(ids.nextLong(), ids.nextLong());
        jdbc.update("insert into users (id, email, display_name, password_hash, language, created_at, version, school, invited) "
                + "values (?, ?, ?, '{noop}not-for-login', 'fi', ?, 0, null, false)", id, email, name,
                Timestamp.from(clock.instant()));
        jdbc.update("insert into user_roles (user_id, role) values (?, ?)", id, role);
        return id;
    }

    private static String email(String handle) {
        return handle + "@simulaatio.polku";
    }

    private void signIn(String email, String role) {
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority(role))));
        security.setContext(context);
    }
}
