package fi.polku.schools.internal;

import fi.polku.schools.KitViews.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting kits out day by day: the rule that keeps a kit from being lent more often than it exists. */
class KitCalendarTest {

    static final LocalDate MON = LocalDate.of(2027, 3, 1);

    static Period days(int from, int to) {
        return new Period(MON.plusDays(from), MON.plusDays(to));
    }

    @Test
    void countsOnlyBookingsThatIncludeTheDayWithBothEndsCounted() {
        List<Period> booked = List.of(days(0, 2), days(2, 4), days(5, 5));
        assertThat(KitCalendar.onDay(booked, MON.plusDays(2))).isEqualTo(2);
        assertThat(KitCalendar.onDay(booked, MON.plusDays(4))).isEqualTo(1);
        assertThat(KitCalendar.onDay(booked, MON.plusDays(5))).isEqualTo(1);
        assertThat(KitCalendar.onDay(booked, MON.plusDays(6))).isZero();
    }

    @Test
    void thePeakOfAPeriodIsItsBusiestDayNotTheNumberOfOverlappingBookings() {
        // Three bookings touch the period, but never more than two on one day.
        List<Period> booked = List.of(days(0, 1), days(1, 2), days(3, 4));
        assertThat(KitCalendar.peak(booked, days(0, 4))).isEqualTo(2);
        assertThat(KitCalendar.availability(3, booked, days(0, 4)).free()).isEqualTo(1);
        assertThat(KitCalendar.availability(2, booked, days(3, 4)).free()).isEqualTo(1);
    }

    @Test
    void namesTheFullyBookedDaysAsRuns() {
        List<Period> booked = List.of(days(1, 2), days(2, 3), days(6, 7), days(7, 7));
        var availability = KitCalendar.availability(1, booked, days(0, 7));
        assertThat(availability.free()).isZero();
        assertThat(availability.fullyBooked()).containsExactly(days(1, 3), days(6, 7));
        assertThat(KitCalendar.full(2, booked, days(0, 7))).containsExactly(days(2, 2), days(7, 7));
        assertThat(KitCalendar.full(2, booked, days(4, 5))).isEmpty();
    }

    @Test
    void thePeakFromTodayIgnoresThePastAndCountsLoansStillRunning() {
        List<Period> booked = List.of(days(-10, -5), days(-10, -5), days(-1, 3), days(2, 9), days(8, 9));
        assertThat(KitCalendar.peakFrom(booked, MON)).isEqualTo(2);
        assertThat(KitCalendar.peakFrom(booked, MON.plusDays(4))).isEqualTo(2);
        assertThat(KitCalendar.peakFrom(booked, MON.plusDays(10))).isZero();
    }
}
