package dev.relacja.invoicing.api;

import java.math.BigDecimal;

/** One row of an invoice's VAT table: the totals of one VAT rate (by its code). */
public record InvoiceVatTotal(String vatRate, BigDecimal net, BigDecimal vat, BigDecimal gross) {
}
