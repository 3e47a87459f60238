package dev.relacja.core.impl.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Slows password guessing at the sign-in form: after {@link #MAX_FAILURES} wrong passwords for one username
 * within {@link #WINDOW}, further attempts for it are refused unchecked for {@link #LOCKOUT}. A success clears
 * the count. Counted per username (not per address), so that guessing from many addresses is slowed too; the
 * lockout is short, so that a stranger cannot keep an operator out for long.
 */
@Component(service = LoginThrottle.class)
public class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final Duration LOCKOUT = Duration.ofSeconds(60);

    private record Failures(int count, Instant firstAt, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    @Activate
    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long attempts for this username are still refused; empty when one may be made. */
    public Optional<Duration> lockedFor(String username) {
        Failures found = failures.get(key(username));
        Instant now = clock.instant();
        if (found == null || found.lockedUntil() == null || !now.isBefore(found.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, found.lockedUntil()));
    }

    public void failed(String username) {
        Instant now = clock.instant();
        failures.values().removeIf(f -> now.isAfter(f.firstAt().plus(WINDOW))
                && (f.lockedUntil() == null || now.isAfter(f.lockedUntil())));
        failures.compute(key(username), (name, previous) -> {
            Failures current = previous == null || now.isAfter(previous.firstAt().plus(WINDOW))
                    ? new Failures(1, now, null)
                    : new Failures(previous.count() + 1, previous.firstAt(), previous.lockedUntil());
            return current.count() >= MAX_FAILURES ? new Failures(0, now, now.plus(LOCKOUT)) : current;
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
