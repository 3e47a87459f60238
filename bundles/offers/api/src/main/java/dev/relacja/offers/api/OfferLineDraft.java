package dev.relacja.offers.api;

import java.math.BigDecimal;

/**
 * One line of an offer as a caller sends it. {@code catalogueItemId} names a catalogue item (name, unit, price
 * and VAT rate left out are taken from it) or is null for a free-text line; {@code description} is optional
 * detail printed under the name; {@code quantity} is above zero with at most 3 decimals; {@code unitPrice} is net
 * or gross as the offer's price basis says; {@code discountPercent} 0..100 (null is 0); {@code vatRate} is a VAT
 * rate code such as "23" or "zw".
 */
public record OfferLineDraft(
        Long catalogueItemId,
        String name,
        String description,
        String unit,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        String vatRate) {
}
