package fi.polku.schools;

import fi.polku.accounts.UserId;

import java.time.Instant;

/**
 * A facilitator approved or declined a learner's kit request, or marked the kit handed out or
 * returned: for notifying the learner (community listens; schools does not know it).
 */
public record KitBookingDecided(KitBookingId booking, UserId learner, KitId kit, String kitName,
                                KitBookingStatus status, Instant at) {
}
