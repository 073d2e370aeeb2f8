package fi.polku.learning;

import fi.polku.accounts.UserId;

import java.time.Instant;

/** A facilitator commented on a version of a learner's development plan. */
public record PlanCommented(UserId learner, String courseId, String lessonId, int version, String commenter,
                            Instant at) {
}
