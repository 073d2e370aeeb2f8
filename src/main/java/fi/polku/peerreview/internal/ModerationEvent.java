package fi.polku.peerreview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Who did what to a submission or review, when and why: the moderation history. */
@Entity
@Table(name = "moderation_events")
class ModerationEvent {

    @Id
    private UUID id;
    @Column(name = "submission_id", nullable = false)
    private UUID submissionId;
    @Column(name = "review_id")
    private @Nullable UUID reviewId;
    @Column(name = "actor_id", nullable = false)
    private UUID actorId;
    @Column(name = "actor_name", nullable = false)
    private String actorName;
    @Column(nullable = false)
    private String action;
    @Column
    private @Nullable String reason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ModerationEvent() {
    }

    ModerationEvent(UUID submissionId, @Nullable UUID reviewId, UUID actorId, String actorName, String action,
                    @Nullable String reason, Instant now) {
        this.id = UUID.randomUUID();
        this.submissionId = submissionId;
        this.reviewId = reviewId;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.reason = reason;
        this.createdAt = now;
    }

    UUID submissionId() { return submissionId; }
    @Nullable UUID reviewId() { return reviewId; }
    String actorName() { return actorName; }
    String action() { return action; }
    @Nullable String reason() { return reason; }
    Instant createdAt() { return createdAt; }
}
