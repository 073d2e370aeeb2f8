package fi.polku.peerreview;

import fi.polku.accounts.UserId;

/**
 * A learner who has given all their reviews is invited to review a submission that is waiting for
 * feedback: a bonus review, thanked and never required. Published once per learner and waiting
 * submission, at most once a day per learner and assignment; it names no submission or author.
 */
public record BonusReviewInvited(UserId learner, String courseId, String lessonId) {
}
