package fi.polku.certificates.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A holder asked for a printed certificate by post; a facilitator marks it sent. */
@Entity
@Table(name = "print_requests")
class PrintRequest {

    @Id
    private UUID id;
    @Column(name = "certificate_id", nullable = false)
    private UUID certificateId;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String address;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected PrintRequest() {
    }

    PrintRequest(UUID certificateId, String recipient, String address, Instant now) {
        this.id = UUID.randomUUID();
        this.certificateId = certificateId;
        this.recipient = recipient.strip();
        this.address = address.strip();
        this.requestedAt = now;
    }

    void markSent(Instant now) {
        if (sentAt == null) {
            sentAt = now;
        }
    }

    UUID id() { return id; }
    UUID certificateId() { return certificateId; }
    String recipient() { return recipient; }
    String address() { return address; }
    Instant requestedAt() { return requestedAt; }
    @Nullable Instant sentAt() { return sentAt; }
}
