package dev.relacja.offers.api;

import java.time.Instant;

/**
 * A revision of a sent offer, frozen when it was sent (r1) or changed (r2, r3, …) and never changed afterwards:
 * the {@code content} as it was then, and the SHA-256 (hex) of its canonical JSON (properties sorted, plain
 * decimals, dates and instants as ISO strings), who froze it and when.
 */
public record OfferRevision(
        long offerId,
        int revision,
        String label,
        Offer content,
        String sha256,
        Instant createdAt,
        String createdBy) {
}
