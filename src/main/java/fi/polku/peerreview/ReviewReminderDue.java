package fi.polku.peerreview;

import fi.polku.accounts.UserId;

/**
 * A learner still owes reviews for an assignment they submitted: remind them (in the app and the
 * e-mail digest). Published once per reminder; {@code reminderNumber} counts from 1.
 */
public record ReviewReminderDue(UserId learner, String courseId, String lessonId, int reviewsOwed, int reminderNumber) {
}
