package fi.polku.peerreview;

import fi.polku.accounts.UserId;

import java.time.Instant;

/** A submission has its reviews (or a facilitator's override). Published once per submission. */
public record SubmissionAssessed(UserId author, String courseId, String lessonId, Instant at, boolean overridden) {
}
