package fi.polku.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** An identity at an OpenID Connect provider, linked for good to one Polku account. */
@Entity
@Table(name = "sso_identities")
class SingleSignOnIdentity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String subject;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected SingleSignOnIdentity() {
    }

    SingleSignOnIdentity(String issuer, String subject, UUID userId, Instant linkedAt) {
        this.id = UUID.randomUUID();
        this.issuer = issuer;
        this.subject = subject;
        this.userId = userId;
        this.linkedAt = linkedAt;
    }

    UUID userId() {
        return userId;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SingleSignOnIdentity other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
