package dev.relacja.core.impl.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveWrongPasswordsLockTheUsernameForAMinute() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("anna");
            assertTrue(throttle.lockedFor("anna").isEmpty(), "after " + (i + 1) + " failures");
        }
        throttle.failed("Anna ");

        assertEquals(LoginThrottle.LOCKOUT, throttle.lockedFor("ANNA").orElseThrow());
        assertTrue(throttle.lockedFor("piotr").isEmpty(), "other usernames are not affected");
        clock.advance(LoginThrottle.LOCKOUT.minusSeconds(1));
        assertEquals(Duration.ofSeconds(1), throttle.lockedFor("anna").orElseThrow());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(throttle.lockedFor("anna").isEmpty());
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("anna");
            clock.advance(LoginThrottle.WINDOW.dividedBy(LoginThrottle.MAX_FAILURES - 1).plusSeconds(1));
        }
        assertTrue(throttle.lockedFor("anna").isEmpty());
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("anna");
        }
        throttle.succeeded("anna");
        throttle.failed("anna");

        assertTrue(throttle.lockedFor("anna").isEmpty());
    }
}
