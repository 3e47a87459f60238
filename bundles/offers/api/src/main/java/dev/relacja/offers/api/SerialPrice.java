package dev.relacja.offers.api;

import java.math.BigDecimal;

/**
 * One cell of a serial offer's price table: the unit price (in the content's price basis, net or gross) that the
 * offer for {@code counterpartyId} gives catalogue item {@code itemId}, instead of the content's or the catalogue's.
 */
public record SerialPrice(Long counterpartyId, Long itemId, BigDecimal unitPrice) {
}
