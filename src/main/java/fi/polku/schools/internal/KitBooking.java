package fi.polku.schools.internal;

import fi.polku.schools.KitBookingStatus;
import fi.polku.schools.KitException;
import fi.polku.schools.KitViews;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A learner's request to borrow one of a kit for some days, and its way from pending through
 * approved and handed out to returned (or declined, or cancelled by the learner). Whether a kit is
 * free is not the booking's to know: the service checks that under the kit's lock before
 * {@link #approve}.
 */
@Entity
@Table(name = "kit_bookings")
class KitBooking {

    static final int MAX_SCHOOL = 200;
    static final int MAX_TEXT = 2_000;

    @Id
    private UUID id;
    @Column(name = "kit_id", nullable = false)
    private UUID kitId;
    @Column(name = "learner_id", nullable = false)
    private UUID learnerId;
    @Column(nullable = false)
    private String school;
    @Column(nullable = false)
    private String note;
    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;
    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private KitBookingStatus status;
    @Column(name = "reason")
    private @Nullable String reason;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "decided_by")
    private @Nullable UUID decidedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Version
    private long version;

    protected KitBooking() {
    }

    KitBooking(UUID kitId, UUID learnerId, KitViews.Period period, String school, String note, Instant now) {
        this.id = UUID.randomUUID();
        this.kitId = kitId;
        this.learnerId = learnerId;
        this.firstDay = period.first();
        this.lastDay = period.last();
        this.school = school;
        this.note = note;
        this.status = KitBookingStatus.PENDING;
        this.requestedAt = now;
        this.changedAt = now;
    }

    void approve(UUID facilitator, Instant now) {
        require(status == KitBookingStatus.PENDING, "kits.error.not-pending");
        move(KitBookingStatus.APPROVED, facilitator, now);
    }

    /** Also after approval, while the kit is still on the shelf (it broke, the school withdrew). */
    void decline(String why, UUID facilitator, Instant now) {
        require(status == KitBookingStatus.PENDING || status == KitBookingStatus.APPROVED, "kits.error.cannot-decline");
        reason = why;
        move(KitBookingStatus.DECLINED, facilitator, now);
    }

    void handOut(UUID facilitator, Instant now) {
        require(status == KitBookingStatus.APPROVED, "kits.error.not-approved");
        move(KitBookingStatus.HANDED_OUT, facilitator, now);
    }

    void markReturned(UUID facilitator, Instant now) {
        require(status == KitBookingStatus.HANDED_OUT, "kits.error.not-handed-out");
        move(KitBookingStatus.RETURNED, facilitator, now);
    }

    void cancel(UUID learner, Instant now) {
        require(learner.equals(learnerId), "kits.error.not-yours");
        require(status == KitBookingStatus.PENDING, "kits.error.not-pending");
        status = KitBookingStatus.CANCELLED;
        changedAt = now;
    }

    private void move(KitBookingStatus next, UUID facilitator, Instant now) {
        status = next;
        decidedBy = facilitator;
        changedAt = now;
    }

    private void require(boolean rule, String messageKey) {
        if (!rule) {
            throw new KitException(null, messageKey);
        }
    }

    KitViews.Period period() {
        return new KitViews.Period(firstDay, lastDay);
    }

    UUID id() { return id; }
    UUID kitId() { return kitId; }
    UUID learnerId() { return learnerId; }
    String school() { return school; }
    String note() { return note; }
    KitBookingStatus status() { return status; }
    @Nullable String reason() { return reason; }
    Instant requestedAt() { return requestedAt; }
}
