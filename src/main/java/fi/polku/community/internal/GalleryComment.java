package fi.polku.community.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A comment on a gallery entry, stored as its writer typed it (Markdown) and rendered on reading. */
@Entity
@Table(name = "gallery_comments")
class GalleryComment {

    static final int MAX_BODY = 5000;

    @Id
    private UUID id;
    @Column(name = "entry_id", nullable = false)
    private UUID entryId;
    @Column(name = "author_id", nullable = false)
    private UUID authorId;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "hidden_by")
    private @Nullable UUID hiddenBy;
    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;
    @Version
    private long version;

    protected GalleryComment() {
    }

    GalleryComment(UUID entryId, UUID authorId, String body, Instant now) {
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("A comment needs text, at most " + MAX_BODY + " characters");
        }
        this.id = UUID.randomUUID();
        this.entryId = entryId;
        this.authorId = authorId;
        this.body = body.strip();
        this.createdAt = now;
    }

    /** Hiding twice keeps the first moderator and time: that is the record of what happened. */
    void hide(UUID moderator, Instant now) {
        if (hiddenAt == null) {
            hiddenBy = moderator;
            hiddenAt = now;
        }
    }

    boolean hidden() {
        return hiddenAt != null;
    }

    UUID id() { return id; }
    UUID entryId() { return entryId; }
    UUID authorId() { return authorId; }
    String body() { return body; }
    Instant createdAt() { return createdAt; }
    @Nullable UUID hiddenBy() { return hiddenBy; }
    @Nullable Instant hiddenAt() { return hiddenAt; }
}
