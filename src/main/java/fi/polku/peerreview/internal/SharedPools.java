package fi.polku.peerreview.internal;

import fi.polku.peerreview.ReviewCircle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which small cohorts' pools run alongside a pool, remembered for a few minutes. Counting the
 * learners of every cohort running at once costs a query over all their enrolments (about 0.1 to
 * 0.3 s with 1,000 cohorts on PostgreSQL), and cohorts change slowly, so allocation asks once in a
 * while rather than every time.
 */
@Component
class SharedPools {

    static final Duration REMEMBER = Duration.ofMinutes(10);

    private record Known(Set<String> pools, Instant until) {
    }

    private final ReviewCircle circle;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    SharedPools(ReviewCircle circle, Clock clock) {
        this.circle = circle;
        this.clock = clock;
    }

    /** The pools of small cohorts (fewer than {@code below} learners) whose run overlaps this pool's. */
    Set<String> smallAlongside(String poolId, int below) {
        Instant now = clock.instant();
        Known k = known.get(poolId + "<" + below);
        if (k == null || !now.isBefore(k.until()) || now.isBefore(k.until().minus(REMEMBER))) {
            k = new Known(Set.copyOf(circle.smallPoolsAlongside(poolId, below)), now.plus(REMEMBER));
            known.put(poolId + "<" + below, k);
        }
        return k.pools();
    }
}
