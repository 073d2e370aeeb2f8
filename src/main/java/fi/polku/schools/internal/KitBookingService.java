package fi.polku.schools.internal;

import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.schools.KitBookingDecided;
import fi.polku.schools.KitBookingId;
import fi.polku.schools.KitBookingStatus;
import fi.polku.schools.KitBookings;
import fi.polku.schools.KitException;
import fi.polku.schools.KitId;
import fi.polku.schools.KitViews;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Requests and their handling. Approvals of one kit take the kit's row lock before counting, so
 * two facilitators approving at once (or one double-clicking) queue up and the second one counts
 * the first one's approval: the quantity is never exceeded on any day.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class KitBookingService implements KitBookings {

    private static final List<KitBookingStatus> HOLDING = List.of(KitBookingStatus.APPROVED,
            KitBookingStatus.HANDED_OUT);

    private final KitRepository kits;
    private final KitBookingRepository bookings;
    private final CurrentUser currentUser;
    private final KitBookingViews views;
    private final KitProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KitBookingService(KitRepository kits, KitBookingRepository bookings, CurrentUser currentUser,
                      KitBookingViews views, KitProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.kits = kits;
        this.bookings = bookings;
        this.currentUser = currentUser;
        this.views = views;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    private UserAccount me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    @Override
    public int maxDays() {
        return properties.maxDays();
    }

    @Override
    public KitViews.Availability availability(KitId kit, KitViews.Period period) {
        Kit k = kits.findById(kit.value()).orElseThrow(() -> new KitException(null, "kits.error.no-such-kit"));
        if (ChronoUnit.DAYS.between(period.first(), period.last()) + 1 > properties.maxDays()) {
            throw new KitException("last", "kits.error.too-many-days", properties.maxDays());
        }
        return KitCalendar.availability(k.quantity(), holding(k.id(), period), period);
    }

    private List<KitViews.Period> holding(UUID kit, KitViews.Period period) {
        return bookings.overlapping(kit, HOLDING, period.first(), period.last()).stream()
                .map(KitBooking::period).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEARNER')")
    public KitViews.Booking request(KitId kit, KitViews.Request request) {
        UserAccount me = me();
        Kit k = kits.findById(kit.value()).filter(x -> !x.retired())
                .orElseThrow(() -> new KitException(null, "kits.error.retired"));
        KitViews.Period period = checkedPeriod(request.first(), request.last());
        String school = text("school", request.school(), KitBooking.MAX_SCHOOL);
        String note = text("note", request.note(), KitBooking.MAX_TEXT);
        // Advisory only (nothing is held while pending); approval is where the rule is enforced.
        List<KitViews.Period> full = KitCalendar.full(k.quantity(), holding(k.id(), period), period);
        if (!full.isEmpty()) {
            throw new KitException("first", "kits.error.fully-booked", full);
        }
        KitBooking b = bookings.save(new KitBooking(k.id(), me.id().value(), period, school, note, clock.instant()));
        return KitBookingViews.view(b, k.name(), me.displayName());
    }

    private KitViews.Period checkedPeriod(LocalDate first, LocalDate last) {
        if (first.isBefore(LocalDate.now(clock))) {
            throw new KitException("first", "kits.error.past");
        }
        if (last.isBefore(first)) {
            throw new KitException("last", "kits.error.ends-before-start");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > properties.maxDays()) {
            throw new KitException("last", "kits.error.too-many-days", properties.maxDays());
        }
        return new KitViews.Period(first, last);
    }

    private static String text(String field, String value, int max) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new KitException(field, "kits.error.required");
        }
        if (stripped.length() > max) {
            throw new KitException(field, "kits.error.too-long", max);
        }
        return stripped;
    }

    @Override
    public List<KitViews.Booking> mine() {
        return views.of(bookings.findByLearnerIdOrderByRequestedAtDesc(me().id().value()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEARNER')")
    public void cancel(KitBookingId id) {
        UUID me = me().id().value();
        KitBooking b = bookings.findById(id.value()).filter(x -> x.learnerId().equals(me))
                .orElseThrow(() -> new AccessDeniedException("Not your request"));
        b.cancel(me, clock.instant());
    }

    @Override
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public List<KitViews.Booking> desk(Optional<KitBookingStatus> status, int offset, int limit) {
        int size = Math.max(limit, 1);
        return views.of(bookings.desk(status.orElse(null), PageRequest.of(offset / size, size)));
    }

    @Override
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public long count(Optional<KitBookingStatus> status) {
        return bookings.countDesk(status.orElse(null));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public KitViews.Booking approve(KitBookingId id) {
        UUID kitId = bookings.kitOf(id.value())
                .orElseThrow(() -> new KitException(null, "kits.error.no-such-request"));
        Kit kit = kits.lock(kitId).orElseThrow();
        // Loaded only now, under the lock: another approval of this very request may have just committed.
        KitBooking b = bookings.findById(id.value()).orElseThrow();
        if (kit.retired()) {
            throw new KitException(null, "kits.error.retired");
        }
        if (b.status() != KitBookingStatus.PENDING) {
            throw new KitException(null, "kits.error.not-pending");
        }
        List<KitViews.Period> full = KitCalendar.full(kit.quantity(), holding(kitId, b.period()), b.period());
        if (!full.isEmpty()) {
            throw new KitException(null, "kits.error.fully-booked", full);
        }
        return decide(b, booking -> booking.approve(me().id().value(), clock.instant()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public KitViews.Booking decline(KitBookingId id, String reason) {
        String why = text("reason", reason, KitBooking.MAX_TEXT);
        return decide(find(id), b -> b.decline(why, me().id().value(), clock.instant()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public KitViews.Booking handOut(KitBookingId id) {
        return decide(find(id), b -> b.handOut(me().id().value(), clock.instant()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public KitViews.Booking markReturned(KitBookingId id) {
        return decide(find(id), b -> b.markReturned(me().id().value(), clock.instant()));
    }

    private KitBooking find(KitBookingId id) {
        return bookings.findById(id.value()).orElseThrow(() -> new KitException(null, "kits.error.no-such-request"));
    }

    private KitViews.Booking decide(KitBooking b, Consumer<KitBooking> step) {
        step.accept(b);
        bookings.flush();
        KitViews.Booking view = views.of(b);
        events.publishEvent(new KitBookingDecided(view.id(), new UserId(b.learnerId()), view.kitId(), view.kitName(),
                b.status(), clock.instant()));
        return view;
    }
}
