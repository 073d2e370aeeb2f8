package fi.polku.community.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Someone means to try an entry's idea in their own classroom ("I'll try this"). */
@Entity
@Table(name = "gallery_tries")
class GalleryTry {

    @Id
    private UUID id;
    @Column(name = "entry_id", nullable = false)
    private UUID entryId;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GalleryTry() {
    }

    GalleryTry(UUID entryId, UUID userId, Instant now) {
        this.id = UUID.randomUUID();
        this.entryId = entryId;
        this.userId = userId;
        this.createdAt = now;
    }
}
