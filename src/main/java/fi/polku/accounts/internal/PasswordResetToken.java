package fi.polku.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A one-time password reset link, kept as the hash of its secret. */
@Entity
@Table(name = "password_reset_tokens")
class PasswordResetToken {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected PasswordResetToken() {
    }

    PasswordResetToken(UUID userId, String tokenHash, Instant now, Duration validFor) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    UUID userId() {
        return userId;
    }

    boolean used() {
        return usedAt != null;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void useUp(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }
}
