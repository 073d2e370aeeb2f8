package fi.polku.learning;

import fi.polku.accounts.UserId;

import java.time.Instant;

/** A learner met the course's completion rule. Published once per learner and course. */
public record CourseCompleted(UserId userId, String courseId, CohortId cohortId, Instant completedAt) {
}
