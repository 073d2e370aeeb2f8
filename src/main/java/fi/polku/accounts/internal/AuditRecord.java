package fi.polku.accounts.internal;

import fi.polku.accounts.AuditEntry;
import fi.polku.accounts.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One audit row. Nothing changes it once written, except erasing the actor's name with their account. */
@Entity
@Table(name = "audit_log")
class AuditRecord {

    @Id
    private UUID id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private @Nullable UUID actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_id")
    private @Nullable UUID subjectId;

    @Column
    private @Nullable String detail;

    protected AuditRecord() {
    }

    AuditRecord(Instant at, @Nullable UUID actorId, String actorName, String action, @Nullable UUID subjectId,
                @Nullable String detail) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.subjectId = subjectId;
        this.detail = detail;
    }

    AuditEntry view() {
        return new AuditEntry(id, at, actorId == null ? null : new UserId(actorId), actorName, action,
                subjectId == null ? null : new UserId(subjectId), detail);
    }
}
