package fi.polku.certificates.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most N verify lookups per client address a minute, so codes cannot be tried en masse.
 * In memory: behind several instances each counts its own share (documented limitation).
 */
@Component
public class VerifyLimiter {

    private final Map<String, long[]> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    VerifyLimiter(Clock clock, @Value("${polku.verify.per-minute:30}") int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** @return whether this client may look up one more code now */
    public boolean allow(String client) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 10_000) {
            windows.entrySet().removeIf(e -> e.getValue()[0] != minute);
        }
        long[] window = windows.compute(client, (k, w) -> w == null || w[0] != minute ? new long[] {minute, 1}
                : new long[] {minute, w[1] + 1});
        return window[1] <= perMinute;
    }
}
