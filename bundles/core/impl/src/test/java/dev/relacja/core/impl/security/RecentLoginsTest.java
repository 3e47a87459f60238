package dev.relacja.core.impl.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentLoginsTest {
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final RecentLogins logins = new RecentLogins(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void remembersTheVerifiedPasswordForTheSameStoredHashOnly() {
        logins.remember("anna", "hash-1", "secret".toCharArray());

        assertTrue(logins.verifiedRecently("anna", "hash-1", "secret".toCharArray()));
        assertFalse(logins.verifiedRecently("anna", "hash-1", "guess".toCharArray()));
        assertFalse(logins.verifiedRecently("anna", "hash-2", "secret".toCharArray()), "a changed password misses");
        assertFalse(logins.verifiedRecently("bogdan", "hash-1", "secret".toCharArray()));
    }

    @Test
    void forgetsAfterFiveMinutes() {
        logins.remember("anna", "hash-1", "secret".toCharArray());
        now = now.plus(Duration.ofMinutes(5).plusSeconds(1));

        assertFalse(logins.verifiedRecently("anna", "hash-1", "secret".toCharArray()));
    }
}
