package dev.relacja.invoicing.api;

import java.math.BigDecimal;

/**
 * A stored invoice line with its amounts: {@code net}, {@code vat} and {@code gross} of the line as the core's
 * VAT calculator gives them for this line alone (the document's VAT is computed per rate, not summed from lines).
 */
public record InvoiceLine(
        int position,
        Long catalogueItemId,
        String name,
        String unit,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        String vatRate,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal gross) {
}
