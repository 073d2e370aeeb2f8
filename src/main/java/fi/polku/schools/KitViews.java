package fi.polku.schools;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The read models and forms of kit lending (records only; never entities). */
public final class KitViews {

    private KitViews() {
    }

    /**
     * A kit as the catalogue shows it. {@code guideHtml} is the Markdown guide rendered safely;
     * {@code photoVersion} changes with each new photo (for cache-busting URLs), null without one.
     */
    public record Kit(KitId id, String name, String contents, int quantity, String guide, String guideHtml,
                      boolean retired, @Nullable Long photoVersion) {
    }

    /** What a facilitator types to add or revise a kit. */
    public record KitForm(String name, String contents, int quantity, String guide) {
    }

    public record Photo(String mediaType, byte[] content) {
    }

    /** Days from {@code first} to {@code last}, both included. */
    public record Period(LocalDate first, LocalDate last) {
        public Period {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("A period ends on or after its first day");
            }
        }

        @Override
        public String toString() {
            return first.equals(last) ? first.toString() : first + "–" + last;
        }
    }

    /**
     * How many of a kit are free on every day of a period ({@code free}), and the days when none is
     * (as periods), counting approved and handed-out bookings.
     */
    public record Availability(int quantity, int free, List<Period> fullyBooked) {
    }

    /** What a learner asks for. */
    public record Request(LocalDate first, LocalDate last, String school, String note) {
    }

    /** A request as its learner and the facilitators see it. */
    public record Booking(KitBookingId id, KitId kitId, String kitName, String learner, String school,
                          Period period, String note, KitBookingStatus status, @Nullable String reason,
                          Instant requestedAt) {
    }
}
