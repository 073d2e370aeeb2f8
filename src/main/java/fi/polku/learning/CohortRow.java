package fi.polku.learning;

import fi.polku.accounts.UserId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One learner on the facilitator's cohort view. {@code inactive}: no activity in 14 days;
 * {@code behind}: course progress below the cohort's median.
 */
public record CohortRow(UUID enrolmentId, UserId userId, String name, String email, List<Integer> partPercents,
                        int percent, Instant lastActivity, int planVersions, @Nullable Instant planSavedAt,
                        @Nullable String theme, int sessionsAttended, @Nullable String group, boolean inactive,
                        boolean behind) {

    public boolean flagged() {
        return inactive || behind;
    }
}
