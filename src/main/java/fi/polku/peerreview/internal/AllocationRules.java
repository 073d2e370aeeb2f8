package fi.polku.peerreview.internal;

import fi.polku.content.LessonDetails.ReviewOrder;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which submission a reviewer gets next. Of those the reviewer may review (not their own, not one
 * they have reviewed or hold), the one with the fewest reviews so far, oldest first on ties;
 * reviewers from the author's sparring group are avoided while others are available. When every
 * submission has what it needs, the least reviewed is handed out anyway, so everyone can finish
 * their quota. The oldest-first order (common elsewhere, kept for comparison) skips the count.
 * The database ranks the same way ({@code SubmissionRepository.candidates}) and hands these rules
 * its best few rows; {@code AllocationQueryTest} holds the two together.
 */
final class AllocationRules {

    private AllocationRules() {
    }

    /**
     * @param active   reviews that count now (finished and visible, or still held)
     * @param needed   how many it needs (after relaxation)
     * @param sameGroup whether the author is in the reviewer's sparring group
     * @param mine     whether the reviewer is the author, or has reviewed or holds it already
     */
    record Candidate(UUID submissionId, Instant submittedAt, int active, int needed, boolean sameGroup,
                     boolean mine) {

        boolean wanting() {
            return active < needed;
        }
    }

    static Optional<UUID> next(List<Candidate> candidates) {
        return next(candidates, ReviewOrder.FEWEST_FIRST);
    }

    static Optional<UUID> next(List<Candidate> candidates, ReviewOrder order) {
        List<Candidate> open = candidates.stream().filter(c -> !c.mine()).toList();
        Comparator<Candidate> byAge = Comparator.comparing(Candidate::submittedAt).thenComparing(Candidate::submissionId);
        Comparator<Candidate> ranked = order == ReviewOrder.OLDEST_FIRST ? byAge
                : Comparator.comparingInt(Candidate::active).thenComparing(byAge);
        return first(open.stream().filter(Candidate::wanting).filter(c -> !c.sameGroup()).toList(), ranked)
                .or(() -> first(open.stream().filter(Candidate::wanting).toList(), ranked))
                .or(() -> first(open.stream().filter(c -> !c.sameGroup()).toList(), ranked))
                .or(() -> first(open, ranked));
    }

    private static Optional<UUID> first(List<Candidate> list, Comparator<Candidate> order) {
        return list.stream().min(order).map(Candidate::submissionId);
    }
}
