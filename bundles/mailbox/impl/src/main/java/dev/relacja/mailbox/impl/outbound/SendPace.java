package dev.relacja.mailbox.impl.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps an account under its provider's messages-per-minute limit: a bucket of at most one second's worth of
 * sends (at least one), refilled evenly, so a large queue goes out at the limit and never in a burst above it.
 */
final class SendPace {
    private final Clock clock;
    private final double perSecond;
    private final double capacity;
    private double tokens;
    private Instant filledAt;

    /** @param perMinute 0 for no limit */
    SendPace(int perMinute, Clock clock) {
        this.clock = clock;
        this.perSecond = perMinute / 60.0;
        this.capacity = Math.max(1.0, perSecond);
        this.tokens = capacity;
        this.filledAt = clock.instant();
    }

    /** Takes a send if one is allowed now. */
    boolean tryTake() {
        if (perSecond == 0) {
            return true;
        }
        Instant now = clock.instant();
        double elapsed = Duration.between(filledAt, now).toNanos() / 1e9;
        tokens = Math.min(capacity, tokens + elapsed * perSecond);
        filledAt = now;
        if (tokens >= 1.0) {
            tokens -= 1.0;
            return true;
        }
        return false;
    }

    /** How many sends are allowed now, at most {@code wanted}, without taking them. */
    int available(int wanted) {
        if (perSecond == 0) {
            return wanted;
        }
        double elapsed = Duration.between(filledAt, clock.instant()).toNanos() / 1e9;
        return (int) Math.min(wanted, Math.floor(Math.min(capacity, tokens + elapsed * perSecond)));
    }
}
