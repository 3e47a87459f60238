package dev.relacja.offers.api;

import java.time.Instant;

/**
 * The invoice an accepted offer was converted into: its {@code invoiceId} (a draft when made; the invoicing module
 * issues it), its {@code kind}, the accepted revision's {@code label} it carries, the operator who converted it
 * ({@code operator}, their login) and when.
 */
public record OfferConversion(
        long invoiceId,
        ConversionKind kind,
        String label,
        String operator,
        Instant convertedAt) {
}
