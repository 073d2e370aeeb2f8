package fi.polku.schools;

import java.util.Objects;
import java.util.UUID;

/** A technology kit in the lending catalogue. */
public record KitId(UUID value) {
    public KitId {
        Objects.requireNonNull(value, "value");
    }

    public static KitId of(String value) {
        return new KitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
