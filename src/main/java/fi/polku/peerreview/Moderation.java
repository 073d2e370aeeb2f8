package fi.polku.peerreview;

import fi.polku.peerreview.Views.Detail;
import fi.polku.peerreview.Views.Queue;

import java.util.UUID;

/** What facilitators do: see who waits, moderate reviews, give trainer feedback, override. */
public interface Moderation {

    /** Across the pools the signed-in facilitator looks after. */
    Queue queue();

    Detail submission(UUID submissionId);

    /** Hidden reviews no longer count; the submission goes back to the pool. */
    void hide(UUID reviewId, String reason);

    void restore(UUID reviewId, String reason);

    void trainerFeedback(UUID submissionId, String text);

    /** Marks the submission assessed whatever its reviews; the reason is recorded. */
    void override(UUID submissionId, String reason);

    /** A facilitator reviews the submission themselves; returns the review to fill in. */
    UUID reviewYourself(UUID submissionId);
}
