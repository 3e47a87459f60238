package dev.relacja.offers.api;

import java.math.BigDecimal;

/** One row of an offer's VAT table: the totals of one VAT rate (by its code), promotions included. */
public record OfferVatTotal(String vatRate, BigDecimal net, BigDecimal vat, BigDecimal gross) {
}
