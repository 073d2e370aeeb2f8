package fi.polku.accounts;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One row of the audit log; {@code actorName} is the name the actor had then ("" for the system). */
public record AuditEntry(UUID id, Instant at, @Nullable UserId actor, String actorName, String action,
                         @Nullable UserId subject, @Nullable String detail) {
}
