package fi.polku.schools;

import java.util.Objects;
import java.util.UUID;

/** A learner's request to borrow a kit, from asking to returning it. */
public record KitBookingId(UUID value) {
    public KitBookingId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
