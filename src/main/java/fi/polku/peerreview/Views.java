package fi.polku.peerreview;

import org.jspecify.annotations.Nullable;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The read models the peer-review module hands out (records only; never entities). */
public final class Views {

    private Views() {
    }

    public record AttachmentInfo(UUID id, String fileName, String mediaType, long size) {
    }

    /** {@code html} is the text rendered with the untrusted-text renderer: safe to show. */
    public record Submission(UUID id, String courseId, String lessonId, String title, String text, String html,
                             boolean submitted, @Nullable Instant submittedAt, boolean withdrawable,
                             @Nullable Instant assessedAt, List<AttachmentInfo> attachments) {
    }

    /** {@code reviewer} is null when reviews are anonymous to the reader. */
    public record Review(UUID id, @Nullable String reviewer, boolean byTrainer, Map<String, Integer> levels,
                         String whatWorks, String ideaToTry, @Nullable String comment, Instant completedAt,
                         @Nullable Boolean helpful, boolean hidden) {
    }

    public record TrainerNote(String author, Instant at, String text) {
    }

    /**
     * Feedback on the reader's own submission. Reviews show only when {@code visible}: the reader has
     * given their reviews and the submission has the reviews it needs (or a facilitator assessed it).
     */
    public record Feedback(boolean visible, int reviewsReceived, int reviewsNeeded, List<Review> reviews,
                           Map<String, Double> medians, List<TrainerNote> trainerFeedback) {
    }

    /**
     * {@code bonusReviews}: reviews given beyond the quota (thanked, never required);
     * {@code bonusWaiting}: the quota is done and a peer's submission waits for a review the learner could give.
     */
    public record MyAssignment(Optional<Submission> submission, int reviewsGiven, int reviewsToGive,
                               Optional<UUID> openReview, Feedback feedback, int bonusReviews, boolean bonusWaiting) {
    }

    public record ReviewTask(UUID reviewId, Submission submission, Instant expiresAt, boolean done) {
    }

    public record ReviewForm(Map<String, Integer> levels, String whatWorks, String ideaToTry, String comment) {
    }

    public record Download(String fileName, String mediaType, long size, InputStream content) {
    }

    public record Flagged(UUID flagId, UUID reviewId, UUID submissionId, String reason, Instant at, String reviewer,
                          String author, boolean hidden) {
    }

    /** {@code serveBy} is set when the submission has waited too long (escalated): a facilitator should review it by then. */
    public record Waiting(UUID submissionId, String author, String title, Instant submittedAt, int reviews,
                          int needed, @Nullable Instant serveBy) {

        public boolean escalated() {
            return serveBy != null;
        }
    }

    public record Blocked(String learner, int reviewsGiven, int reviewsToGive) {
    }

    /** A learner who gave reviews beyond their quota, to be thanked. */
    public record BonusReviewer(String learner, int bonusReviews) {
    }

    /** {@code waiting}: escalated submissions first (earliest serve-by date first), then the rest, oldest first. */
    public record Queue(List<Flagged> flagged, List<Waiting> waiting, List<Blocked> blocked,
                        List<BonusReviewer> bonusReviewers) {
    }

    public record HistoryEntry(String actor, String action, @Nullable String reason, Instant at) {
    }

    /** A submission as a facilitator sees it: every review with its reviewer's name, and the history. */
    public record Detail(Submission submission, String author, List<Review> reviews, Map<String, Double> medians,
                         List<TrainerNote> trainerFeedback, List<HistoryEntry> history, @Nullable String overrideReason) {
    }
}
