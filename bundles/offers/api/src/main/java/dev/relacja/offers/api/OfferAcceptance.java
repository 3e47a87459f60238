package dev.relacja.offers.api;

import java.time.Instant;

/**
 * How a customer accepted an offer: which {@code revision} (and its {@code label}), registered by which operator
 * ({@code operatorId}, {@code operator} their login) and when, the customer's reply e-mail when it came by mail
 * ({@code replyMessageId} in the mailbox, else null), and the SHA-256 of that revision's frozen content, so the
 * accepted terms can be proven later.
 */
public record OfferAcceptance(
        int revision,
        String label,
        long operatorId,
        String operator,
        Instant acceptedAt,
        Long replyMessageId,
        String sha256) {
}
