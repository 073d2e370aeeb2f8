package fi.polku.learning.internal;

import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.learning.LearningException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Who may see what: learners only their own work, facilitators only their cohorts, admins all. */
@Component
class LearningAccess {

    private final CurrentUser currentUser;
    private final EnrolmentRepository enrolments;
    private final CohortRepository cohorts;

    LearningAccess(CurrentUser currentUser, EnrolmentRepository enrolments, CohortRepository cohorts) {
        this.currentUser = currentUser;
        this.enrolments = enrolments;
        this.cohorts = cohorts;
    }

    UserAccount me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The signed-in learner's enrolment in a course. */
    Enrolment myEnrolment(String courseId) {
        return enrolments.findByCourseIdAndUserId(courseId, me().id().value())
                .orElseThrow(() -> new LearningException("learning.not-enrolled"));
    }

    /** A cohort the signed-in person facilitates (or any cohort, for an admin). */
    Cohort facilitated(UUID cohortId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new AccessDeniedException("No such cohort"));
        UserAccount me = me();
        if (me.hasRole(Role.ADMIN) || (me.hasRole(Role.FACILITATOR) && cohort.isFacilitatedBy(me.id().value()))) {
            return cohort;
        }
        throw new AccessDeniedException("Not a facilitator of this cohort");
    }

    /** An enrolment in a cohort the signed-in person facilitates. */
    Enrolment facilitatedEnrolment(UUID enrolmentId) {
        Enrolment enrolment = enrolments.findById(enrolmentId)
                .orElseThrow(() -> new AccessDeniedException("No such enrolment"));
        facilitated(enrolment.cohortId());
        return enrolment;
    }
}
