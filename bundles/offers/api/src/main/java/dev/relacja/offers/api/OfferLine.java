package dev.relacja.offers.api;

import java.math.BigDecimal;

/**
 * A stored offer line with its amounts: {@code promotionPercent} is what a percentage promotion takes off it
 * (0 without one), and {@code net}, {@code vat} and {@code gross} are the core's VAT calculator's answer for this
 * line alone after its discount and promotion.
 */
public record OfferLine(
        int position,
        Long catalogueItemId,
        String name,
        String description,
        String unit,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal promotionPercent,
        String vatRate,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal gross) {
}
