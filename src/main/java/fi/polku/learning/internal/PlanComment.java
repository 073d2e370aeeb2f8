package fi.polku.learning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A trainer's comment on one version of a plan. */
@Entity
@Table(name = "plan_comments")
class PlanComment {

    static final int MAX_LENGTH = 5_000;

    @Id
    private UUID id;
    @Column(name = "plan_version_id", nullable = false)
    private UUID planVersionId;
    @Column(name = "author_id", nullable = false)
    private UUID authorId;
    @Column(name = "author_name", nullable = false)
    private String authorName;
    @Column(nullable = false)
    private String text;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PlanComment() {
    }

    PlanComment(UUID planVersionId, UUID authorId, String authorName, String text, Instant now) {
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A comment has 1 to " + MAX_LENGTH + " characters");
        }
        this.id = UUID.randomUUID();
        this.planVersionId = planVersionId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.text = text.strip();
        this.createdAt = now;
    }

    UUID planVersionId() {
        return planVersionId;
    }

    String authorName() {
        return authorName;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }
}
