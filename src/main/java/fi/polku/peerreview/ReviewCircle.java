package fi.polku.peerreview;

import fi.polku.accounts.UserId;

import java.util.Optional;
import java.util.Set;

/**
 * Facts about learners that the learning module owns and peer review needs: which pool of
 * reviewers (cohort) a learner belongs to, who is in their sparring group, and who facilitates a
 * pool. Declared here, implemented by the learning module.
 */
public interface ReviewCircle {

    /** The pool the learner's submission and reviews belong to, if the learner is enrolled. */
    Optional<String> poolOf(UserId learner, String courseId);

    /** The learner's sparring-group mates in the course, avoided as reviewers while others are available. */
    Set<UserId> sparringMates(UserId learner, String courseId);

    /** Whether the person facilitates the pool (admins facilitate all). */
    boolean facilitates(UserId person, String poolId);

    /**
     * The pools of the other cohorts of the same course whose run overlaps this pool's and that
     * have fewer than {@code below} learners: where a small cohort's waiting submissions find more
     * reviewers (issue 12's shared pool). One query, however many cohorts run.
     */
    Set<String> smallPoolsAlongside(String poolId, int below);

    /**
     * How many learners the pool (cohort) has, counted up to {@code atMost}: whether a cohort is
     * small is known without counting every enrolment of a big one (issue 10: counting 100,000 took
     * a third of an allocation).
     */
    int learnersIn(String poolId, int atMost);
}
