package fi.polku.peerreview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Someone found a review unhelpful or inappropriate; stays open until a facilitator acts. */
@Entity
@Table(name = "review_flags")
class ReviewFlag {

    @Id
    private UUID id;
    @Column(name = "review_id", nullable = false)
    private UUID reviewId;
    @Column(name = "flagger_id", nullable = false)
    private UUID flaggerId;
    @Column(nullable = false)
    private String reason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private boolean resolved;

    protected ReviewFlag() {
    }

    ReviewFlag(UUID reviewId, UUID flaggerId, String reason, Instant now) {
        this.id = UUID.randomUUID();
        this.reviewId = reviewId;
        this.flaggerId = flaggerId;
        this.reason = reason.strip();
        this.createdAt = now;
    }

    void resolve() { resolved = true; }
    UUID id() { return id; }
    UUID reviewId() { return reviewId; }
    String reason() { return reason; }
    Instant createdAt() { return createdAt; }
    boolean resolved() { return resolved; }
}
