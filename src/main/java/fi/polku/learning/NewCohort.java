package fi.polku.learning;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What a facilitator fills in to start a cohort. */
public record NewCohort(String courseId, String name, LocalDate startsOn, LocalDate endsOn,
                        @Nullable String enrolmentKey, @Nullable Integer capacity) {
}
