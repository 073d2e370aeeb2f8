package fi.polku.community.internal;

import fi.polku.community.DiscussionException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Someone asked a facilitator to look at a post; open until hidden or dismissed. */
@Entity
@Table(name = "discussion_reports")
class PostReport {

    static final int MAX_REASON = 1000;

    @Id
    private UUID id;
    @Column(name = "post_id", nullable = false)
    private UUID postId;
    @Column(name = "reporter_id", nullable = false)
    private UUID reporterId;
    @Column(nullable = false)
    private String reason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;
    @Column(name = "resolved_by")
    private @Nullable UUID resolvedBy;

    protected PostReport() {
    }

    PostReport(UUID postId, UUID reporterId, String reason, Instant now) {
        String text = reason.strip();
        if (text.isEmpty()) {
            throw DiscussionException.onField("reason", "discussion.report-reason-needed");
        }
        if (text.length() > MAX_REASON) {
            throw DiscussionException.onField("reason", "discussion.too-long", MAX_REASON);
        }
        this.id = UUID.randomUUID();
        this.postId = postId;
        this.reporterId = reporterId;
        this.reason = text;
        this.createdAt = now;
    }

    void resolve(UUID by, Instant now) {
        if (resolvedAt == null) {
            resolvedAt = now;
            resolvedBy = by;
        }
    }

    UUID id() { return id; }
    UUID postId() { return postId; }
    UUID reporterId() { return reporterId; }
    String reason() { return reason; }
    Instant createdAt() { return createdAt; }
    boolean open() { return resolvedAt == null; }
}
