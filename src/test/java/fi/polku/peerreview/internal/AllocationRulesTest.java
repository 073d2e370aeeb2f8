package fi.polku.peerreview.internal;

import fi.polku.peerreview.internal.AllocationRules.Candidate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AllocationRulesTest {

    static final Instant T0 = Instant.parse("2027-11-01T08:00:00Z");

    static Candidate c(String name, int minutes, int active, int needed, boolean sameGroup, boolean mine) {
        return new Candidate(id(name), T0.plusSeconds(60L * minutes), active, needed, sameGroup, mine);
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    @Test
    void handsOutTheSubmissionWithTheFewestReviewsFirst() {
        assertThat(AllocationRules.next(List.of(c("a", 0, 1, 2, false, false), c("b", 5, 0, 2, false, false))))
                .contains(id("b"));
    }

    @Test
    void breaksTiesByTheOldestSubmission() {
        assertThat(AllocationRules.next(List.of(c("late", 9, 0, 2, false, false), c("early", 1, 0, 2, false, false))))
                .contains(id("early"));
    }

    @Test
    void neverGivesALearnerTheirOwnOrAlreadyReviewedSubmission() {
        assertThat(AllocationRules.next(List.of(c("own", 0, 0, 2, false, true), c("seen", 1, 0, 2, false, true))))
                .isEmpty();
        assertThat(AllocationRules.next(List.of(c("own", 0, 0, 2, false, true), c("other", 1, 1, 2, false, false))))
                .contains(id("other"));
    }

    @Test
    void avoidsTheSparringGroupWhileOthersNeedReviews() {
        assertThat(AllocationRules.next(List.of(c("mate", 0, 0, 2, true, false), c("stranger", 5, 1, 2, false, false))))
                .contains(id("stranger"));
        assertThat(AllocationRules.next(List.of(c("mate", 0, 0, 2, true, false), c("covered", 5, 2, 2, false, false))))
                .as("a mate's submission that needs reviews comes before one that has enough")
                .contains(id("mate"));
    }

    @Test
    void whenAllHaveEnoughStillHandsOutTheLeastReviewedSoTheQuotaCanBeFinished() {
        assertThat(AllocationRules.next(List.of(c("a", 0, 3, 2, false, false), c("b", 1, 2, 2, false, false))))
                .contains(id("b"));
    }

    @Test
    void mediansPerCriterionIncludingEvenCounts() {
        var medians = Grades.medians(List.of("goal", "evidence", "unrated"), List.of(
                Map.of("goal", 2, "evidence", 4), Map.of("goal", 3, "evidence", 1), Map.of("goal", 4)));
        assertThat(medians).containsEntry("goal", 3.0).containsEntry("evidence", 2.5).doesNotContainKey("unrated");
        assertThat(Grades.median(List.of(1, 4, 4, 2))).isEqualTo(3.0);
    }
}
