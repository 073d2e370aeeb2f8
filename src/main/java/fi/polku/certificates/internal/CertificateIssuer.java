package fi.polku.certificates.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.content.CourseCatalog;
import fi.polku.content.CourseSummary;
import fi.polku.learning.CompletionFacts;
import fi.polku.learning.CourseCompleted;
import fi.polku.settings.Settings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Issues certificates: when a learner completes a course (the learning module's event, delivered
 * through the event publication registry, so also after a restart), or by hand. Exactly one per
 * learner and course: the database refuses a second first revision, so a duplicated event or a
 * race ends in the same single certificate.
 */
@Component
class CertificateIssuer {

    private static final Logger log = LoggerFactory.getLogger(CertificateIssuer.class);

    private final CertificateRepository certificates;
    private final Accounts accounts;
    private final CourseCatalog catalog;
    private final CompletionFacts facts;
    private final Settings settings;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    CertificateIssuer(CertificateRepository certificates, Accounts accounts, CourseCatalog catalog,
                      CompletionFacts facts, Settings settings, Clock clock, PlatformTransactionManager transactions) {
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.certificates = certificates;
        this.accounts = accounts;
        this.catalog = catalog;
        this.facts = facts;
        this.settings = settings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CourseCompleted completed) {
        issueOnce(completed.userId(), completed.courseId(), LocalDate.ofInstant(completed.completedAt(), clock.getZone()),
                null);
    }

    /**
     * @return the learner's current certificate for the course, issuing it first when there is none.
     * The insert runs in a transaction of its own, so a lost race (the unique key refuses a second
     * first revision) leaves the caller free to read the winner's certificate.
     */
    Certificate issueOnce(UserId learner, String courseId, LocalDate completedOn, @Nullable String reason) {
        Optional<Certificate> existing = current(learner, courseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            Certificate issued = newTransaction.execute(tx -> certificates.saveAndFlush(new Certificate(
                    VerificationCodes.next(), learner.value(), courseId, 1, content(learner, courseId, completedOn),
                    clock.instant(), reason)));
            log.info("Issued certificate {} for {} in {}", issued.code(), learner, courseId);
            return issued;
        } catch (DataIntegrityViolationException alreadyIssued) {
            return current(learner, courseId).orElseThrow();
        }
    }

    private Optional<Certificate> current(UserId learner, String courseId) {
        return certificates.findByUserIdAndCourseIdOrderByRevisionDesc(learner.value(), courseId).stream().findFirst();
    }

    /** The course's own organisation first (its author named it, per language), then the installation's. */
    private String organisation(CourseSummary course) {
        if (!course.organisation().isBlank()) {
            return course.organisation();
        }
        return settings.organisation().nameIfSet().orElse("Polku");
    }

    Certificate.Content content(UserId learner, String courseId, LocalDate completedOn) {
        UserAccount person = accounts.find(learner).orElseThrow();
        CourseSummary course = catalog.course(courseId, person.language())
                .orElseThrow(() -> new IllegalStateException("No course " + courseId));
        var run = facts.of(learner, courseId);
        String facilitators = run.map(f -> f.facilitators().stream().map(accounts::find).flatMap(Optional::stream)
                .map(UserAccount::displayName).sorted().collect(Collectors.joining(", "))).orElse("");
        return new Certificate.Content(person.displayName(), course.title(),
                organisation(course),
                course.certificateText().isBlank() ? course.title() : course.certificateText(), course.hours(),
                course.credits(), person.language().getLanguage(), completedOn,
                run.map(CompletionFacts.Facts::cohortName).orElse(null), facilitators.isBlank() ? "Polku" : facilitators);
    }
}
