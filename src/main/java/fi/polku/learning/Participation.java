package fi.polku.learning;

import fi.polku.accounts.UserId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who takes part in a course run, for modules built on top of learning (discussions, gallery,
 * self-assessment). No access check of its own: callers ask about a given user.
 */
public interface Participation {

    /**
     * A person's place in a course: the cohort they learn in, the cohorts they facilitate (for an
     * admin, every cohort of the course; for anyone else only while they hold the facilitator role),
     * whether they are an admin, and the names of those cohorts, oldest first.
     */
    record Standing(Optional<CohortId> learnerCohort, Set<CohortId> facilitated, boolean admin,
                    java.util.Map<CohortId, String> cohortNames) {

        /** {@code cohortNames} names exactly the learner's cohort and the facilitated ones: {@link #cohorts()} is its keys. */
        public Standing {
            facilitated = Set.copyOf(facilitated);
            cohortNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cohortNames));
            var named = new java.util.HashSet<>(facilitated);
            learnerCohort.ifPresent(named::add);
            if (!cohortNames.keySet().equals(named)) {
                throw new IllegalArgumentException("cohortNames must name the learner's and the facilitated cohorts, no more");
            }
        }

        public boolean participates() {
            return learnerCohort.isPresent() || !facilitated.isEmpty() || admin;
        }

        public boolean moderates(CohortId cohort) {
            return admin || facilitated.contains(cohort);
        }

        public boolean moderatesAny() {
            return admin || !facilitated.isEmpty();
        }

        /** The cohorts whose conversations this person sees, oldest first. */
        public Set<CohortId> cohorts() {
            return cohortNames.keySet();
        }
    }

    Standing of(UserId user, String courseId);

    /** The standings of many people at once, for lists: a few queries however many there are. */
    java.util.Map<UserId, Standing> of(java.util.Collection<UserId> users, String courseId);

    /** The other members of the learner's sparring group in the course (empty when not grouped). */
    List<UserId> sparringPeers(UserId learner, String courseId);

    /** Learners enrolled in a cohort. */
    List<UserId> learnersOf(CohortId cohort);

    Set<UserId> facilitatorsOf(CohortId cohort);
}
