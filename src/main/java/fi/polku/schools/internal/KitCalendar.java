package fi.polku.schools.internal;

import fi.polku.schools.KitViews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Counts kits out day by day. A period is short (the longest one may ask for is a few weeks), so
 * walking its days is simpler and surer than interval arithmetic.
 */
final class KitCalendar {

    private KitCalendar() {
    }

    /** How many of {@code booked} hold a kit on {@code day}. */
    static int onDay(Collection<KitViews.Period> booked, LocalDate day) {
        int n = 0;
        for (KitViews.Period p : booked) {
            if (!day.isBefore(p.first()) && !day.isAfter(p.last())) {
                n++;
            }
        }
        return n;
    }

    /** The most kits out on any day of {@code period}. */
    static int peak(Collection<KitViews.Period> booked, KitViews.Period period) {
        int peak = 0;
        for (LocalDate day = period.first(); !day.isAfter(period.last()); day = day.plusDays(1)) {
            peak = Math.max(peak, onDay(booked, day));
        }
        return peak;
    }

    /**
     * The most kits out on any day from {@code from} on. The count only rises on a first day, so
     * those days (or {@code from}, for bookings already running) are the only ones to look at.
     */
    static int peakFrom(Collection<KitViews.Period> booked, LocalDate from) {
        int peak = 0;
        for (KitViews.Period p : booked) {
            if (!p.last().isBefore(from)) {
                peak = Math.max(peak, onDay(booked, p.first().isBefore(from) ? from : p.first()));
            }
        }
        return peak;
    }

    static KitViews.Availability availability(int quantity, Collection<KitViews.Period> booked,
                                              KitViews.Period period) {
        return new KitViews.Availability(quantity, Math.max(0, quantity - peak(booked, period)),
                full(quantity, booked, period));
    }

    /** The days of {@code period} on which all {@code quantity} kits are out, joined into runs. */
    static List<KitViews.Period> full(int quantity, Collection<KitViews.Period> booked, KitViews.Period period) {
        List<KitViews.Period> runs = new ArrayList<>();
        LocalDate start = null;
        for (LocalDate day = period.first(); !day.isAfter(period.last()); day = day.plusDays(1)) {
            boolean full = onDay(booked, day) >= quantity;
            if (full && start == null) {
                start = day;
            } else if (!full && start != null) {
                runs.add(new KitViews.Period(start, day.minusDays(1)));
                start = null;
            }
        }
        if (start != null) {
            runs.add(new KitViews.Period(start, period.last()));
        }
        return runs;
    }
}
