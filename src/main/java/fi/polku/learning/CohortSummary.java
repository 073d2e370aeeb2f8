package fi.polku.learning;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

public record CohortSummary(CohortId id, String courseId, String name, LocalDate startsOn, LocalDate endsOn,
                            boolean keyRequired, @Nullable Integer capacity, long enrolled, boolean open) {

    public boolean full() {
        return capacity != null && enrolled >= capacity;
    }
}
