package fi.polku.peerreview.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A submission handed to a reviewer, and the review once written. An allocation not finished
 * before {@code expiresAt} no longer holds the submission, which goes back to the pool.
 */
@Entity
@Table(name = "reviews")
class Review {

    static final int MAX_TEXT = 5_000;

    @Id
    private UUID id;
    @Column(name = "submission_id", nullable = false)
    private UUID submissionId;
    @Column(name = "reviewer_id", nullable = false)
    private UUID reviewerId;
    @Column(name = "by_trainer", nullable = false)
    private boolean byTrainer;
    @Column(nullable = false)
    private boolean bonus;
    @Column(name = "allocated_at", nullable = false)
    private Instant allocatedAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "completed_at")
    private @Nullable Instant completedAt;
    @Column(name = "what_works")
    private @Nullable String whatWorks;
    @Column(name = "idea_to_try")
    private @Nullable String ideaToTry;
    @Column(name = "comment_text")
    private @Nullable String comment;
    @Column(nullable = false)
    private boolean hidden;
    @Column
    private @Nullable Boolean helpful;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_levels", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "level", nullable = false)
    private Map<String, Integer> levels = new LinkedHashMap<>();
    @Version
    private long version;

    protected Review() {
    }

    /** @param bonus a learner's review beyond their quota */
    Review(UUID submissionId, UUID reviewerId, boolean byTrainer, boolean bonus, Instant now, Duration hold) {
        if (byTrainer && bonus) {
            throw new IllegalArgumentException("Only a learner's review can be a bonus review");
        }
        this.id = UUID.randomUUID();
        this.submissionId = submissionId;
        this.reviewerId = reviewerId;
        this.byTrainer = byTrainer;
        this.bonus = bonus;
        this.allocatedAt = now;
        this.expiresAt = now.plus(hold);
    }

    /** Counts toward a submission's reviews: finished and not hidden, or still being written. */
    boolean isActive(Instant now) {
        return completedAt != null ? !hidden : expiresAt.isAfter(now);
    }

    boolean isOpen(Instant now) {
        return completedAt == null && expiresAt.isAfter(now);
    }

    void complete(Map<String, Integer> levels, String whatWorks, String ideaToTry, @Nullable String comment, Instant now) {
        if (completedAt != null) {
            throw new IllegalStateException("This review is already done");
        }
        this.levels = new LinkedHashMap<>(levels);
        this.whatWorks = whatWorks.strip();
        this.ideaToTry = ideaToTry.strip();
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.completedAt = now;
    }

    void hide() { hidden = true; }
    void restore() { hidden = false; }
    void rate(boolean helpful) { this.helpful = helpful; }

    UUID id() { return id; }
    UUID submissionId() { return submissionId; }
    UUID reviewerId() { return reviewerId; }
    boolean byTrainer() { return byTrainer; }
    boolean bonus() { return bonus; }
    Instant allocatedAt() { return allocatedAt; }
    Instant expiresAt() { return expiresAt; }
    @Nullable Instant completedAt() { return completedAt; }
    @Nullable String whatWorks() { return whatWorks; }
    @Nullable String ideaToTry() { return ideaToTry; }
    @Nullable String comment() { return comment; }
    boolean hidden() { return hidden; }
    @Nullable Boolean helpful() { return helpful; }
    Map<String, Integer> levels() { return Map.copyOf(levels); }
}
