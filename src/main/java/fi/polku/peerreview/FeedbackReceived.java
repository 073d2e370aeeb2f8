package fi.polku.peerreview;

import fi.polku.accounts.UserId;

/**
 * Someone finished a review of the author's submission ({@code byTrainer} for a facilitator's
 * review) or a facilitator gave trainer feedback on it. Whether the author may read it yet is
 * decided where it is shown (they see reviews once they have given their own).
 */
public record FeedbackReceived(UserId author, String courseId, String lessonId, boolean byTrainer) {
}
