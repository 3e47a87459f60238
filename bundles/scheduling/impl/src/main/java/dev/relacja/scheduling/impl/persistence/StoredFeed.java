package dev.relacja.scheduling.impl.persistence;

import java.time.Instant;

/** A feed as stored, without its token's hash. */
public record StoredFeed(long id, long operatorId, String operatorLogin, boolean team, Instant createdAt,
        Instant rotatedAt, Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
