package dev.relacja.core.impl.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void acceptsTheRightPasswordOnly() {
        String stored = hasher.hash("Zażółć gęślą jaźń".toCharArray());

        assertTrue(hasher.matches("Zażółć gęślą jaźń".toCharArray(), stored));
        assertFalse(hasher.matches("Zazolc gesla jazn".toCharArray(), stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("secret-password".toCharArray()), hasher.hash("secret-password".toCharArray()));
    }

    @Test
    void keepsTheWorkFactorInTheHashSoOldHashesStillVerify() {
        String weaker = new PasswordHasher(500).hash("secret-password".toCharArray());
        assertTrue(weaker.startsWith("pbkdf2-sha256$500$"));
        assertTrue(hasher.matches("secret-password".toCharArray(), weaker));
    }

    @Test
    void refusesForeignHashFormats() {
        assertFalse(hasher.matches("x".toCharArray(), "{SHA}abc"));
    }
}
