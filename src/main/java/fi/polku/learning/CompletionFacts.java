package fi.polku.learning;

import fi.polku.accounts.UserId;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What the certificates module needs to know about a learner's run of a course. No access check:
 * it is called from event listeners, never from a view.
 */
public interface CompletionFacts {

    record Facts(CohortId cohortId, String cohortName, Set<UserId> facilitators, Optional<Instant> completedAt) {
    }

    Optional<Facts> of(UserId learner, String courseId);

    /** Whether the signed-in person facilitates the learner's cohort of the course (admins: always). */
    boolean signedInFacilitates(UserId learner, String courseId);
}
