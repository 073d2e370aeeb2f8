package fi.polku.schools.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.PublicProfile;
import fi.polku.accounts.UserId;
import fi.polku.schools.KitBookingId;
import fi.polku.schools.KitId;
import fi.polku.schools.KitViews;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns bookings into read models, with kit and learner names fetched once per list, not per row. */
@Component
class KitBookingViews {

    private final KitRepository kits;
    private final Accounts accounts;

    KitBookingViews(KitRepository kits, Accounts accounts) {
        this.kits = kits;
        this.accounts = accounts;
    }

    List<KitViews.Booking> of(List<KitBooking> bookings) {
        Map<UUID, String> kitNames = kits.findAllById(bookings.stream().map(KitBooking::kitId).distinct().toList())
                .stream().collect(Collectors.toMap(Kit::id, Kit::name));
        Map<UserId, PublicProfile> learners = accounts.publicProfiles(bookings.stream()
                .map(b -> new UserId(b.learnerId())).distinct().toList());
        return bookings.stream().map(b -> view(b, kitNames.getOrDefault(b.kitId(), "?"),
                Optional.ofNullable(learners.get(new UserId(b.learnerId()))).map(PublicProfile::displayName)
                        .orElse("?"))).toList();
    }

    KitViews.Booking of(KitBooking booking) {
        return of(List.of(booking)).getFirst();
    }

    static KitViews.Booking view(KitBooking b, String kitName, String learner) {
        return new KitViews.Booking(new KitBookingId(b.id()), new KitId(b.kitId()), kitName, learner, b.school(),
                b.period(), b.note(), b.status(), b.reason(), b.requestedAt());
    }
}
