package fi.polku.learning;

import fi.polku.accounts.UserId;

/**
 * Whether a learner's assignment in a course has been assessed. The peer-review module answers
 * it; until one does, no course whose rule requires an assessed assignment can be completed.
 */
public interface AssessmentStatus {

    boolean isAssessed(UserId learner, String courseId);
}
