package dev.relacja.core.impl.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import javax.security.auth.Subject;
import org.junit.jupiter.api.Test;

class SessionTokensTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final SessionTokens tokens = new SessionTokens(Duration.ofHours(8), Duration.ofMinutes(30), clock);

    @Test
    void aTokenSignsItsSubjectIn() {
        Subject subject = new Subject();
        String token = tokens.open("anna", subject);

        assertEquals(SessionTokens.TOKEN_LENGTH, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        SessionTokens.Session session = tokens.use(token).orElseThrow();
        assertEquals("anna", session.username());
        assertSame(subject, session.subject());
        assertTrue(subject.isReadOnly(), "a shared Subject must not be changed by a request");
    }

    @Test
    void tokensAreRandomAndOnlyTheExactTokenCounts() {
        String first = tokens.open("anna", new Subject());
        String second = tokens.open("anna", new Subject());

        assertNotEquals(first, second);
        char last = first.charAt(first.length() - 1);
        String altered = first.substring(0, first.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertTrue(tokens.use(altered).isEmpty());
        assertTrue(tokens.use("").isEmpty());
        assertTrue(tokens.use(null).isEmpty());
    }

    @Test
    void anUnusedSessionEndsAfterTheIdleTimeButUseKeepsItAlive() {
        String token = tokens.open("anna", new Subject());

        clock.advance(Duration.ofMinutes(29));
        assertTrue(tokens.use(token).isPresent());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(tokens.use(token).isPresent(), "29 minutes after the last use");
        clock.advance(Duration.ofMinutes(30));
        assertTrue(tokens.use(token).isEmpty(), "30 minutes unused");
        clock.advance(Duration.ofMinutes(-30));
        assertTrue(tokens.use(token).isEmpty(), "an ended session stays ended");
    }

    @Test
    void aSessionEndsAtItsLifetimeHoweverBusy() {
        String token = tokens.open("anna", new Subject());

        for (int i = 0; i < 16; i++) {
            clock.advance(Duration.ofMinutes(30).minusSeconds(1));
            assertTrue(tokens.use(token).isPresent(), "use " + i);
        }
        clock.advance(Duration.ofSeconds(20));
        assertTrue(tokens.use(token).isEmpty(), "8 hours after signing in");
    }

    @Test
    void revokingEndsOneSessionAtOnce() {
        String mine = tokens.open("anna", new Subject());
        String other = tokens.open("anna", new Subject());

        assertTrue(tokens.revoke(mine));
        assertFalse(tokens.revoke(mine));
        assertTrue(tokens.use(mine).isEmpty());
        assertTrue(tokens.use(other).isPresent());
    }

    @Test
    void revokingAllEndsEverySessionOfOneOperator() {
        String anna1 = tokens.open("anna", new Subject());
        String anna2 = tokens.open("anna", new Subject());
        String piotr = tokens.open("piotr", new Subject());

        tokens.revokeAll("anna");

        assertTrue(tokens.use(anna1).isEmpty());
        assertTrue(tokens.use(anna2).isEmpty());
        assertTrue(tokens.use(piotr).isPresent());
    }

    @Test
    void nonsenseDurationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SessionTokens(Duration.ZERO, Duration.ofMinutes(1), clock));
        assertThrows(IllegalArgumentException.class, () -> new SessionTokens(Duration.ofMinutes(1), Duration.ZERO, clock));
    }
}
