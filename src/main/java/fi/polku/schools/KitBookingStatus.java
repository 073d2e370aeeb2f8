package fi.polku.schools;

import java.util.Locale;

/**
 * Where a kit request stands. Only {@link #APPROVED} and {@link #HANDED_OUT} hold a kit for their
 * days; the others are history.
 */
public enum KitBookingStatus {
    PENDING, APPROVED, HANDED_OUT, RETURNED, DECLINED, CANCELLED;

    public boolean holdsAKit() {
        return this == APPROVED || this == HANDED_OUT;
    }

    public String messageKey() {
        return "kits.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
