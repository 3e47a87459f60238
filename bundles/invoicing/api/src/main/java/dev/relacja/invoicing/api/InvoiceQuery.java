package dev.relacja.invoicing.api;

import java.time.LocalDate;

/**
 * Filters of an invoice search; every field optional. {@code text} matches the number and the buyer's name
 * (the counterparty's name for drafts), ignoring case; {@code issuedFrom}..{@code issuedTo} bound the issue
 * date, both inclusive. Newest issue date first.
 */
public record InvoiceQuery(Long counterpartyId, InvoiceStatus status, InvoiceKind kind, LocalDate issuedFrom,
        LocalDate issuedTo, String text) {
    public static final InvoiceQuery ALL = new InvoiceQuery(null, null, null, null, null, null);
}
