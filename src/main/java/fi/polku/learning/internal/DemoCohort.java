package fi.polku.learning.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * In the demo run, a cohort of the sample course facilitated by the demo facilitator, with both
 * demo learners in it: Aino has completed the course (and gets its certificate), Oskar is starting.
 */
@Component
@Order(10)
class DemoCohort implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCohort.class);
    static final String COURSE = "innovative-teachers";

    private final CohortRepository cohorts;
    private final EnrolmentRepository enrolments;
    private final Accounts accounts;
    private final fi.polku.content.CourseCatalog catalog;
    private final Clock clock;
    private final boolean demo;

    DemoCohort(CohortRepository cohorts, EnrolmentRepository enrolments, Accounts accounts,
               fi.polku.content.CourseCatalog catalog, Clock clock, @Value("${polku.demo.enabled:false}") boolean demo) {
        this.catalog = catalog;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo || cohorts.count() > 0) {
            return;
        }
        var kaisa = accounts.findByEmail("kaisa@polku.local");
        var aino = accounts.findByEmail("aino@polku.local");
        var oskar = accounts.findByEmail("oskar@polku.local");
        if (kaisa.isEmpty() || aino.isEmpty() || oskar.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Cohort cohort = cohorts.save(new Cohort(COURSE, "Demo " + today.getYear(), today.minusDays(7),
                today.plusMonths(3), null, 30, Set.of(kaisa.get().id().value()), clock.instant()));
        Enrolment ainoIn = new Enrolment(cohort, aino.get().id().value(), clock);
        catalog.course(COURSE, java.util.Locale.ENGLISH).ifPresent(course ->
                course.lessons().forEach(lesson -> ainoIn.complete(lesson.id(), clock)));
        ainoIn.completeCourse(clock);
        enrolments.save(ainoIn);
        enrolments.save(new Enrolment(cohort, oskar.get().id().value(), clock));
        log.info("Demo cohort '{}' created with {} and {}", cohort.name(), name(aino.get()), name(oskar.get()));
    }

    private static String name(UserAccount account) {
        return account.displayName();
    }
}
