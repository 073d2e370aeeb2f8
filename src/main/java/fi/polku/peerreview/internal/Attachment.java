package fi.polku.peerreview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a submission: its safe display name here, its bytes in {@code FileStorage}. */
@Entity
@Table(name = "attachments")
class Attachment {

    @Id
    private UUID id;
    @Column(name = "submission_id", nullable = false)
    private UUID submissionId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long size;
    @Column(name = "storage_key", nullable = false)
    private String storageKey;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(UUID submissionId, String fileName, String mediaType, long size, String storageKey, String sha256,
               Instant now) {
        this.id = UUID.randomUUID();
        this.submissionId = submissionId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.uploadedAt = now;
    }

    UUID id() { return id; }
    UUID submissionId() { return submissionId; }
    String fileName() { return fileName; }
    String mediaType() { return mediaType; }
    long size() { return size; }
    String storageKey() { return storageKey; }
}
