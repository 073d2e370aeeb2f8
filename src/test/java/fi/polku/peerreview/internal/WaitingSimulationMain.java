package fi.polku.peerreview.internal;

import fi.polku.PolkuApplication;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints the nobody-waits table for docs/BENCHMARKS.md: every policy of the simulation content for
 * cohorts of 12, 20 and 200 learners (two cohorts a run, side by side), over seeded runs.
 * Run with {@code bench/simulate.sh [runs for 12 and 20 learners, default 5] [sizes, default 12,20,200]}.
 * Cohorts of 100 or more run once, and only Polku's policy and the two comparisons (they are too
 * big to share a pool, and a run takes minutes).
 */
public final class WaitingSimulationMain {

    static final WaitingSimulation.Policy POLKU = new WaitingSimulation.Policy("sim-polku", "Polku (all mechanisms)");
    static final List<WaitingSimulation.Policy> POLICIES = List.of(POLKU,
            new WaitingSimulation.Policy("sim-no-bonus", "Polku without bonus reviews"),
            new WaitingSimulation.Policy("sim-no-escalation", "Polku without escalation"),
            new WaitingSimulation.Policy("sim-no-shared-pool", "Polku without the shared pool"),
            new WaitingSimulation.Policy("sim-no-reminders", "Polku without reminders"),
            new WaitingSimulation.Policy("sim-rules-6", "Rules of the peer-assessment issue (#6) alone"),
            new WaitingSimulation.Policy("sim-oldest-5-3", "Oldest first, 5 to give / 3 to get"));
    static final List<WaitingSimulation.Policy> LARGE = List.of(POLKU, POLICIES.get(5), POLICIES.get(6));

    private WaitingSimulationMain() {
    }

    /** Share served within the promise, median and 90th percentile of the wait in days (infinite: not served). */
    record Figures(int count, double withinPromise, double median, double p90) {

        static Figures of(List<WaitingSimulation.Served> served) {
            double[] days = served.stream().mapToDouble(s -> s.waited() == null ? Double.POSITIVE_INFINITY
                    : s.waited().toMinutes() / (24.0 * 60)).sorted().toArray();
            long within = served.stream().filter(s -> s.waited() != null
                    && s.waited().compareTo(WaitingSimulation.PROMISE) <= 0).count();
            return new Figures(days.length, days.length == 0 ? 1 : (double) within / days.length,
                    percentile(days, 0.5), percentile(days, 0.9));
        }

        private static double percentile(double[] sorted, double p) {
            return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
        }
    }

    static String header() {
        return """
                | policy | learners a cohort | submissions | feedback ≤ 8 days | median / 90th pct wait (days) \
                | late: ≤ 8 days | late: median / 90th | reviews per active learner (bonus) \
                | submissions a facilitator reviewed | most regular reviews by one learner (quota) |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |""";
    }

    /** One table row over the runs of one policy and size. */
    static String row(List<WaitingSimulation.Result> results) {
        WaitingSimulation.Run run = results.getFirst().run();
        List<WaitingSimulation.Served> all = results.stream().flatMap(r -> r.submissions().stream()).toList();
        Figures f = Figures.of(all);
        Figures late = Figures.of(all.stream().filter(WaitingSimulation.Served::late).toList());
        int active = results.stream().mapToInt(WaitingSimulation.Result::activeLearners).sum();
        int given = results.stream().mapToInt(WaitingSimulation.Result::reviewsByActive).sum();
        int bonus = results.stream().mapToInt(WaitingSimulation.Result::bonusReviews).sum();
        long facilitator = all.stream().filter(WaitingSimulation.Served::byFacilitator).count();
        int most = results.stream().mapToInt(WaitingSimulation.Result::mostRegularReviews).max().orElse(0);
        return String.format(Locale.ROOT, "| %s | %d | %d | **%.1f %%** | %s / %s | %.1f %% | %s / %s | %.2f (%.2f) | %.1f %% | %d (%d) |",
                run.policy().label(), run.cohortSize(), all.size(), 100 * f.withinPromise(), days(f.median()),
                days(f.p90()), 100 * late.withinPromise(), days(late.median()), days(late.p90()),
                active == 0 ? 0.0 : (double) given / active, active == 0 ? 0.0 : (double) bonus / active,
                all.isEmpty() ? 0.0 : 100.0 * facilitator / all.size(), most, results.getFirst().quota());
    }

    private static String days(double d) {
        return Double.isInfinite(d) ? "> " + WaitingSimulation.HORIZON.toDays() : String.format(Locale.ROOT, "%.1f", d);
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "12,20,200").split(",")).mapToInt(Integer::parseInt).toArray();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PolkuApplication.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(ApplicationContextFactory.of(() -> new GenericWebApplicationContext(new MockServletContext())))
                .initializers(new WaitingSimulation.Beans())
                .run("--polku.content.dir=src/test/resources/content-simulation", "--polku.review.sweep=PT87600H",
                        "--spring.datasource.url=jdbc:h2:mem:simulation;DB_CLOSE_DELAY=-1", "--polku.demo.enabled=false",
                        "--logging.level.root=WARN", "--logging.file.name=", "--POLKU_ADMIN_PASSWORD=simulation-only-admin",
                        "--polku.attachments.dir=target/simulation-attachments")) {
            WaitingSimulation simulation = new WaitingSimulation(context);
            StringBuilder table = new StringBuilder(header()).append('\n');
            for (int size : sizes) {
                int repeat = size >= 100 ? 1 : runs;
                for (WaitingSimulation.Policy policy : size >= 100 ? LARGE : POLICIES) {
                    List<WaitingSimulation.Result> results = new ArrayList<>();
                    for (int seed = 1; seed <= repeat; seed++) {
                        results.add(simulation.run(new WaitingSimulation.Run(policy, size, 2, seed)));
                    }
                    String row = row(results);
                    System.out.println(row);
                    table.append(row).append('\n');
                }
            }
            System.out.printf("%n%s%n%d runs for 12 and 20 learners, seeds 1..%d; %.0f s%n", table, runs, runs,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds() * 1.0);
        }
    }
}
