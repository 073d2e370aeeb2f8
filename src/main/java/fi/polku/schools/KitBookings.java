package fi.polku.schools;

import java.util.List;
import java.util.Optional;

/**
 * Lending kits to learners' schools: learners ask, facilitators decide, hand out and take back.
 * No day ever has more approved or handed-out bookings of a kit than its quantity.
 */
public interface KitBookings {

    /** The longest period one may ask for, in days. */
    int maxDays();

    KitViews.Availability availability(KitId kit, KitViews.Period period);

    /** For the signed-in learner; refused while the kit is fully booked for some day of the period. */
    KitViews.Booking request(KitId kit, KitViews.Request request);

    /** The signed-in person's own requests, newest first. */
    List<KitViews.Booking> mine();

    /** The learner withdraws their own request while it is still pending. */
    void cancel(KitBookingId id);

    /** Pending first, then approved, handed out and the rest; each by first day. */
    List<KitViews.Booking> desk(Optional<KitBookingStatus> status, int offset, int limit);

    long count(Optional<KitBookingStatus> status);

    /** @throws KitException "fully booked for" the days on which no kit is free */
    KitViews.Booking approve(KitBookingId id);

    KitViews.Booking decline(KitBookingId id, String reason);

    KitViews.Booking handOut(KitBookingId id);

    KitViews.Booking markReturned(KitBookingId id);
}
