package dev.relacja.invoicing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as stored. {@code number}, {@code seller} and {@code buyer} are null in a draft: they are set when
 * it is issued and never change after (later edits of the counterparty or the company profile leave it as
 * it is). {@code priceBasis} is "NET" or "GROSS"; {@code vatTotals} and {@code net}/{@code vat}/{@code gross}
 * come from the core's VAT calculator; {@code paid} sums the registered payments. {@code series} is the numbering series the number is (or will be)
 * taken from; it also chooses the printout template. A pro forma converted to a
 * sales invoice names it in {@code convertedToId}, and the sales invoice names it in {@code convertedFromId}.
 */
public record Invoice(
        long id,
        InvoiceKind kind,
        InvoiceStatus status,
        String number,
        String series,
        long counterpartyId,
        InvoiceParty seller,
        InvoiceParty buyer,
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
        String priceBasis,
        List<InvoiceLine> lines,
        List<InvoiceVatTotal> vatTotals,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal gross,
        BigDecimal paid,
        List<InvoicePayment> payments,
        Long convertedFromId,
        Long convertedToId,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** What is still to pay. */
    public BigDecimal due() {
        return gross.subtract(paid);
    }
}
