package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.invoicing.api.InvoiceKind;

/** What a participant is checked against: the scheme's kind and series (the NIP rules) and its number of lines. */
record SchemeTerms(long id, String name, InvoiceKind kind, String series, int lines) {
}
