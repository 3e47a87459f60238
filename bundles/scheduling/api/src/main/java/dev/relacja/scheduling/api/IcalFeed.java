package dev.relacja.scheduling.api;

import java.time.Instant;

/**
 * A private iCalendar feed of an operator's items ({@code team}: also their subordinates'). The token is
 * shown once, when the feed is created or rotated ({@code token} and {@code path}); afterwards only a
 * hash of it is kept, so both are null when feeds are listed.
 */
public record IcalFeed(long id, String operator, boolean team, Instant createdAt, Instant rotatedAt,
        Instant revokedAt, String token, String path) {

    public boolean active() {
        return revokedAt == null;
    }
}
