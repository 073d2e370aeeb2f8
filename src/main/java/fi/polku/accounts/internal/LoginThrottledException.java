package fi.polku.accounts.internal;

import org.springframework.security.authentication.LockedException;

import java.time.Duration;

/**
 * Too many failed logins lately for this account or from this address: try again later. An account
 * status exception, so no other authentication provider is asked after it.
 */
public class LoginThrottledException extends LockedException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** Whole minutes to wait, rounded up, so "try again in 0 minutes" is never shown. */
    public long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
