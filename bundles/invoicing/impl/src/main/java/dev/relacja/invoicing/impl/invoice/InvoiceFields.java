package dev.relacja.invoicing.impl.invoice;

import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceLine;
import dev.relacja.invoicing.api.PaymentMethod;
import java.time.LocalDate;
import java.util.List;

/** A validated draft: defaults filled in, lines with their amounts, and the counterparty's name for searches. */
record InvoiceFields(
        InvoiceKind kind,
        String series,
        long counterpartyId,
        String counterpartyName,
        LocalDate issueDate,
        LocalDate saleDate,
        LocalDate periodFrom,
        LocalDate periodTo,
        PaymentMethod paymentMethod,
        LocalDate dueDate,
        String bankAccount,
        boolean splitPayment,
        String notes,
        String currency,
        PriceBasis basis,
        List<InvoiceLine> lines) {
}
