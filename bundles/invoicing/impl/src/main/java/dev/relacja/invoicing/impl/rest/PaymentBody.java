package dev.relacja.invoicing.impl.rest;

import dev.relacja.invoicing.api.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /invoices/{id}/payments}: the amount, the day it was paid (today if left out), how (TRANSFER if left out). */
public record PaymentBody(BigDecimal amount, LocalDate paidOn, PaymentMethod method) {
}
