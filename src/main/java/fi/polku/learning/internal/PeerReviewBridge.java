package fi.polku.learning.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserId;
import fi.polku.learning.AssessmentStatus;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.ReviewCircle;
import fi.polku.peerreview.SubmissionAssessed;
import fi.polku.peerreview.SubmissionSubmitted;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Where learning and peer review meet: tells peer review who is in which cohort and sparring
 * group and which cohorts run side by side, asks it whether an assignment is assessed, and completes the assignment lesson (and
 * re-checks the course) when peer review announces a submission or an assessment.
 */
@Component
class PeerReviewBridge implements ReviewCircle, AssessmentStatus {

    /** How often an event's change to an enrolment is tried when others keep changing it meanwhile. */
    private static final int ATTEMPTS = 3;

    private final EnrolmentRepository enrolments;
    private final CohortRepository cohorts;
    private final SparringGroupRepository groups;
    private final Accounts accounts;
    private final ObjectProvider<PeerReviews> peerReviews;
    private final CompletionCheck completion;
    private final TransactionTemplate transactions;

    // PeerReviews needs this bean as its ReviewCircle, hence the provider rather than the bean.
    PeerReviewBridge(EnrolmentRepository enrolments, CohortRepository cohorts, SparringGroupRepository groups,
                     Accounts accounts, ObjectProvider<PeerReviews> peerReviews, CompletionCheck completion,
                     PlatformTransactionManager transactionManager) {
        this.enrolments = enrolments;
        this.cohorts = cohorts;
        this.groups = groups;
        this.accounts = accounts;
        this.peerReviews = peerReviews;
        this.completion = completion;
        this.transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<String> poolOf(UserId learner, String courseId) {
        return enrolments.findByCourseIdAndUserId(courseId, learner.value()).map(e -> e.cohortId().toString());
    }

    @Override
    public Set<UserId> sparringMates(UserId learner, String courseId) {
        return groups.mateUserIds(courseId, learner.value()).stream().map(UserId::new).collect(Collectors.toSet());
    }

    @Override
    public boolean facilitates(UserId person, String poolId) {
        var account = accounts.find(person);
        if (account.isEmpty()) {
            return false;
        }
        if (account.get().hasRole(Role.ADMIN)) {
            return true;
        }
        try {
            return account.get().hasRole(Role.FACILITATOR)
                    && cohorts.findById(UUID.fromString(poolId)).map(c -> c.isFacilitatedBy(person.value())).orElse(false);
        } catch (IllegalArgumentException notACohort) {
            return false;
        }
    }

    @Override
    public Set<String> smallPoolsAlongside(String poolId, int below) {
        return cohortId(poolId).map(id -> cohorts.smallAlongside(id, below).stream().map(UUID::toString)
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    @Override
    public int learnersIn(String poolId, int atMost) {
        return cohortId(poolId).map(id -> enrolments.someOfCohort(id, Limit.of(atMost)).size()).orElse(0);
    }

    private static Optional<UUID> cohortId(String poolId) {
        try {
            return Optional.of(UUID.fromString(poolId));
        } catch (IllegalArgumentException notACohort) {
            return Optional.empty();
        }
    }

    @Override
    public boolean isAssessed(UserId learner, String courseId) {
        return peerReviews.getObject().isAssessed(learner, courseId);
    }

    // Not @ApplicationModuleListener, whose one transaction around the whole method could not be tried
    // again: the same asynchronous, after-commit listening, each attempt in a transaction of its own.
    @Async
    @TransactionalEventListener
    void on(SubmissionSubmitted submitted) {
        withEnrolment(submitted.courseId(), submitted.author(), e -> completion.lessonDone(e, submitted.lessonId()));
    }

    @Async
    @TransactionalEventListener
    void on(SubmissionAssessed assessed) {
        withEnrolment(assessed.courseId(), assessed.author(), completion::check);
    }

    /**
     * Changes a learner's enrolment for an event, trying again when someone else changed it between
     * our read and our write: the learner marking a lesson done in the same second, or the other
     * listener. Before, that conflict left the lesson not done and the course not completed until
     * the next restart republished the event.
     */
    private void withEnrolment(String courseId, UserId learner, Consumer<Enrolment> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(
                        status -> enrolments.findByCourseIdAndUserId(courseId, learner.value()).ifPresent(change));
                return;
            } catch (OptimisticLockingFailureException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}
