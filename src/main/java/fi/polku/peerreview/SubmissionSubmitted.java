package fi.polku.peerreview;

import fi.polku.accounts.UserId;

import java.time.Instant;

/** A learner submitted their assignment (the assignment lesson counts as done). */
public record SubmissionSubmitted(UserId author, String courseId, String lessonId, Instant at) {
}
