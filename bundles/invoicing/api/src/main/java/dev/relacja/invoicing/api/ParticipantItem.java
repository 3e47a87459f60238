package dev.relacja.invoicing.api;

import java.math.BigDecimal;

/**
 * A participant's override of one scheme line (named by its {@code position}): its own quantity, its own net
 * unit price, or both (a null keeps the scheme's). A quantity of zero leaves the line off its invoices.
 */
public record ParticipantItem(int position, BigDecimal quantity, BigDecimal netPrice) {
}
