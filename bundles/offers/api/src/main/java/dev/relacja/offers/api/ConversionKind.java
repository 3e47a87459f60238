package dev.relacja.offers.api;

/** What an accepted offer converts into: a sales invoice (Faktura VAT) or a pro forma. */
public enum ConversionKind {
    SALES,
    PRO_FORMA
}
