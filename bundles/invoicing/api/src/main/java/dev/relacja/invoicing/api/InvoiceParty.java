package dev.relacja.invoicing.api;

import java.util.List;

/** Seller or buyer data as copied onto an invoice when it is issued: name, NIP (may be null for a person) and address lines. */
public record InvoiceParty(String name, String nip, List<String> addressLines) {
    public InvoiceParty {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}
