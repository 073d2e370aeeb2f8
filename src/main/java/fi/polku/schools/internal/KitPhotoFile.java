package fi.polku.schools.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A kit's photo, in the database beside the kit: one small image a kit (at most a few MB), so a
 * file store of its own would add backups and clean-up to look after for no gain.
 */
@Entity
@Table(name = "kit_photos")
class KitPhotoFile {

    @Id
    @Column(name = "kit_id")
    private UUID kitId;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected KitPhotoFile() {
    }

    KitPhotoFile(UUID kitId, String mediaType, byte[] content, Instant now) {
        this.kitId = kitId;
        replace(mediaType, content, now);
    }

    final void replace(String mediaType, byte[] content, Instant now) {
        this.mediaType = mediaType;
        this.content = content.clone();
        this.uploadedAt = now;
    }

    UUID kitId() { return kitId; }
    String mediaType() { return mediaType; }
    byte[] content() { return content.clone(); }
    Instant uploadedAt() { return uploadedAt; }
}
