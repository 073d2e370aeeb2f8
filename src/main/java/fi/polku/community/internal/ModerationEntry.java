package fi.polku.community.internal;

import fi.polku.community.Discussions.Action;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One facilitator action on a post, kept for the record. */
@Entity
@Table(name = "discussion_moderation")
class ModerationEntry {

    @Id
    private UUID id;
    @Column(name = "post_id", nullable = false)
    private UUID postId;
    @Column(name = "actor_id", nullable = false)
    private UUID actorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;
    private @Nullable String reason;
    @Column(nullable = false)
    private Instant at;

    protected ModerationEntry() {
    }

    ModerationEntry(UUID postId, UUID actorId, Action action, @Nullable String reason, Instant at) {
        this.id = UUID.randomUUID();
        this.postId = postId;
        this.actorId = actorId;
        this.action = action;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.at = at;
    }

    UUID actorId() { return actorId; }
    Action action() { return action; }
    @Nullable String reason() { return reason; }
    Instant at() { return at; }
}
