package dev.relacja.invoicing.api;

import java.math.BigDecimal;

/**
 * One line of an invoice as a caller sends it. {@code catalogueItemId} names a catalogue item (name, unit,
 * price and VAT rate left out are taken from it) or is null for a free-text line; {@code quantity} is above
 * zero with at most 3 decimals; {@code unitPrice} is net or gross as the document's price basis says;
 * {@code discountPercent} 0..100 (null is 0); {@code vatRate} is a VAT rate code such as "23" or "zw".
 * A free-text line with a negative {@code unitPrice} and no discount percentage is a discount line (rabat, e.g. a
 * promotion carried over from an offer); the discount lines at a rate never take off more than that rate's other
 * lines come to.
 */
public record InvoiceLineDraft(
        Long catalogueItemId,
        String name,
        String unit,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        String vatRate) {
}
