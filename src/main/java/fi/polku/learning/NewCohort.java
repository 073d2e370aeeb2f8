package fi.polku.learning;

import org.jspecify.annotations.Nullable;

import fi.polku.accounts.UserId;

import java.time.LocalDate;
import java.util.Set;

/** What a facilitator fills in to start a cohort; its creator always facilitates it too. */
public record NewCohort(String courseId, String name, LocalDate startsOn, LocalDate endsOn,
                        @Nullable String enrolmentKey, @Nullable Integer capacity, Set<UserId> facilitators) {

    /** A cohort run by the person creating it alone. */
    public NewCohort(String courseId, String name, LocalDate startsOn, LocalDate endsOn, @Nullable String enrolmentKey,
                     @Nullable Integer capacity) {
        this(courseId, name, startsOn, endsOn, enrolmentKey, capacity, Set.of());
    }
}
