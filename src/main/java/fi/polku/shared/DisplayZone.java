package fi.polku.shared;

import java.time.ZoneId;

/**
 * The time zone Polku shows times in ({@code polku.timezone}, default Europe/Helsinki): a
 * server's own zone (often UTC) means nothing to a teacher reading "the webinar starts at 6.00".
 */
public final class DisplayZone {

    public static final ZoneId DEFAULT = ZoneId.of("Europe/Helsinki");
    private static volatile ZoneId zone = DEFAULT;

    private DisplayZone() {
    }

    public static ZoneId get() {
        return zone;
    }

    /** Set once at start-up from configuration. */
    public static void set(ZoneId configured) {
        zone = configured;
    }
}
