package dev.relacja.invoicing.api;

/** Sales invoice (Faktura VAT, fiscal series) or pro forma (its own non-fiscal series, never a VAT invoice). */
public enum InvoiceKind {
    SALES, PRO_FORMA
}
