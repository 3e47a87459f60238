package dev.relacja.invoicing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment registered against an invoice. */
public record InvoicePayment(long id, BigDecimal amount, LocalDate paidOn, PaymentMethod method, String registeredBy,
        Instant registeredAt) {
}
