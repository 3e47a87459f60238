package dev.relacja.core.impl.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a few minutes which password last verified for which stored hash, so that scripts
 * sending HTTP Basic on every request do not pay the slow hash each time. Only a keyed HMAC of the
 * password is kept, under a key that lives in memory; a changed stored hash misses the cache.
 */
final class RecentLogins {
    private static final Duration TTL = Duration.ofMinutes(5);

    private record Entry(String storedHash, byte[] passwordMac, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;

    RecentLogins(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    boolean verifiedRecently(String username, String storedHash, char[] password) {
        Entry entry = entries.get(username);
        return entry != null
                && entry.storedHash.equals(storedHash)
                && entry.expires.isAfter(clock.instant())
                && MessageDigest.isEqual(entry.passwordMac, mac(password));
    }

    void remember(String username, String storedHash, char[] password) {
        entries.put(username, new Entry(storedHash, mac(password), clock.instant().plus(TTL)));
    }

    void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
