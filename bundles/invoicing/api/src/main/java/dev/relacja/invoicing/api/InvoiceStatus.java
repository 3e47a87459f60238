package dev.relacja.invoicing.api;

/**
 * Where an invoice is in its life: a DRAFT has no number and may change; ISSUED took its number and is
 * frozen; SENT went to the buyer; PAID is fully paid; CANCELLED keeps its number if it had one.
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, SENT, PAID, CANCELLED
}
