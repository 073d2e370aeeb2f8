package fi.polku.schools.internal;

import fi.polku.schools.KitBookingStatus;
import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface KitRepository extends JpaRepository<Kit, UUID> {

    List<Kit> findByRetiredFalseOrderByName();

    /** The kit's row locked until the transaction ends: approvals of one kit queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select k from Kit k where k.id = :id")
    Optional<Kit> lock(@Param("id") UUID id);
}

interface KitPhotoRepository extends JpaRepository<KitPhotoFile, UUID> {

    @Query("select p.kitId, p.uploadedAt from KitPhotoFile p where p.kitId in :kits")
    List<Object[]> uploadTimes(@Param("kits") Collection<UUID> kits);

    default Optional<Instant> uploadTime(UUID kit) {
        return uploadTimes(List.of(kit)).stream().map(row -> (Instant) row[1]).findFirst();
    }
}

interface KitBookingRepository extends JpaRepository<KitBooking, UUID> {

    /** Bookings of the kit in one of these states that share at least one day with first..last. */
    @Query("""
            select b from KitBooking b where b.kitId = :kit and b.status in :statuses
            and b.firstDay <= :last and b.lastDay >= :first""")
    List<KitBooking> overlapping(@Param("kit") UUID kit, @Param("statuses") Collection<KitBookingStatus> statuses,
                                 @Param("first") LocalDate first, @Param("last") LocalDate last);

    /** The kit of a booking, without loading the booking into the persistence context. */
    @Query("select b.kitId from KitBooking b where b.id = :id")
    Optional<UUID> kitOf(@Param("id") UUID id);

    List<KitBooking> findByLearnerIdOrderByRequestedAtDesc(UUID learner);

    @Query("""
            select b from KitBooking b where (:status is null or b.status = :status)
            order by case b.status
                when fi.polku.schools.KitBookingStatus.PENDING then 0
                when fi.polku.schools.KitBookingStatus.APPROVED then 1
                when fi.polku.schools.KitBookingStatus.HANDED_OUT then 2
                else 3 end,
              b.firstDay, b.requestedAt""")
    List<KitBooking> desk(@Param("status") @Nullable KitBookingStatus status, Pageable page);

    @Query("select count(b) from KitBooking b where (:status is null or b.status = :status)")
    long countDesk(@Param("status") @Nullable KitBookingStatus status);
}
