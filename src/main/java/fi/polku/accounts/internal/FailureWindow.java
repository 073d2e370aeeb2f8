package fi.polku.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (an account, a client address) over a sliding window, in this instance's
 * memory: decision record 011 explains why not in the database.
 */
final class FailureWindow {

    /** Keys come from whoever types into a login form, so the map must not grow without bound. */
    private static final int TIDY_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    FailureWindow(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one event and a positive window");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** @return how long until the key may try again, empty when it may try now */
    Optional<Duration> blockedFor(String key) {
        Deque<Instant> seen = events.get(key);
        if (seen == null) {
            return Optional.empty();
        }
        synchronized (seen) {
            Instant now = clock.instant();
            forgetOld(seen, now);
            if (seen.size() < limit) {
                return Optional.empty();
            }
            // Unlocks when enough of the oldest events have left the window to go below the limit.
            Instant oldestThatCounts = seen.stream().skip(seen.size() - limit).findFirst().orElseThrow();
            return Optional.of(Duration.between(now, oldestThatCounts.plus(window)));
        }
    }

    void record(String key) {
        if (events.size() > TIDY_ABOVE) {
            tidy();
        }
        Deque<Instant> seen = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (seen) {
            Instant now = clock.instant();
            forgetOld(seen, now);
            seen.addLast(now);
            while (seen.size() > limit) {
                seen.removeFirst();
            }
        }
    }

    void forget(String key) {
        events.remove(key);
    }

    private void tidy() {
        Instant now = clock.instant();
        events.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                forgetOld(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }

    private void forgetOld(Deque<Instant> seen, Instant now) {
        Instant horizon = now.minus(window);
        while (!seen.isEmpty() && !seen.peekFirst().isAfter(horizon)) {
            seen.removeFirst();
        }
    }
}
