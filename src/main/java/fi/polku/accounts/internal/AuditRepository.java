package fi.polku.accounts.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.UUID;

interface AuditRepository extends JpaRepository<AuditRecord, UUID>, JpaSpecificationExecutor<AuditRecord> {

    /** A deleted person's name leaves the log; their id and what they did stay. */
    @Modifying
    @Query("update AuditRecord a set a.actorName = '' where a.actorId = :person")
    int forgetActorName(UUID person);
}
