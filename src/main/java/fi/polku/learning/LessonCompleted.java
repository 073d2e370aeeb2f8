package fi.polku.learning;

import fi.polku.accounts.UserId;

import java.time.Instant;

/** A learner finished a lesson (published once per lesson; undoing and redoing publishes again). */
public record LessonCompleted(UserId userId, String courseId, String lessonId, Instant at) {
}
