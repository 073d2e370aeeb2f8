package fi.polku.peerreview.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nobody-waits goal as a build check: two 20-learner cohorts with the behaviour mix, seeded,
 * through the real services. A change that makes learners wait fails here; the full table comes
 * from {@link WaitingSimulationMain}.
 */
@SpringBootTest(properties = {"polku.content.dir=src/test/resources/content-simulation", "polku.review.sweep=PT87600H"})
@ContextConfiguration(initializers = WaitingSimulation.Beans.class)
class WaitingSimulationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void withTwentyLearnersEverySubmissionLateOnesIncludedHasFeedbackWithinEightDaysAndFacilitatorsServeFew() {
        long start = System.nanoTime();
        WaitingSimulation.Result result = new WaitingSimulation(context).run(new WaitingSimulation.Run(
                WaitingSimulationMain.POLKU, 20, 2, 1));
        System.out.printf("Simulated 30 days of two cohorts in %.1f s%n", (System.nanoTime() - start) / 1e9);
        WaitingSimulationMain.Figures all = WaitingSimulationMain.Figures.of(result.submissions());
        WaitingSimulationMain.Figures late = WaitingSimulationMain.Figures.of(result.submissions().stream()
                .filter(WaitingSimulation.Served::late).toList());
        System.out.println(WaitingSimulationMain.row(java.util.List.of(result)));

        assertThat(result.submissions()).hasSize(36);
        assertThat(all.withinPromise()).as("share with feedback within 8 days").isGreaterThanOrEqualTo(0.99);
        assertThat(late.withinPromise()).as("late submitters too").isGreaterThanOrEqualTo(0.99);
        assertThat(result.submissions().stream().filter(WaitingSimulation.Served::byFacilitator).count())
                .as("submissions a facilitator had to review").isLessThanOrEqualTo(result.submissions().size() / 10);
        assertThat(result.mostRegularReviews()).as("nobody asked for more than the quota").isLessThanOrEqualTo(result.quota());
    }
}
