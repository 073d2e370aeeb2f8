package fi.polku.learning.internal;

import fi.polku.learning.CohortRow;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Lets the JMH benchmarks in {@code fi.polku.bench} call the package-private cohort dashboard
 * directly: its queries and row building, without {@code CohortService}'s access check.
 */
public final class LearningBenchSupport {

    private final CohortDashboard dashboard;
    private final TransactionTemplate readOnly;
    private final Cohort cohort;

    public LearningBenchSupport(ApplicationContext context, UUID cohortId) {
        this.dashboard = context.getBean(CohortDashboard.class);
        this.readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.readOnly.setReadOnly(true);
        this.cohort = context.getBean(CohortRepository.class).findById(cohortId).orElseThrow();
    }

    /** {@code CohortDashboard.rows} in a read-only transaction, as {@code CohortService.rows} runs it. */
    public List<CohortRow> dashboardRows() {
        return readOnly.execute(tx -> dashboard.rows(cohort, java.util.Locale.ENGLISH));
    }
}
