package fi.polku.learning;

import java.util.Objects;
import java.util.UUID;

public record CohortId(UUID value) {
    public CohortId {
        Objects.requireNonNull(value, "value");
    }

    public static CohortId of(String value) {
        return new CohortId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
