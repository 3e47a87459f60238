package dev.relacja.core.api.money;

/** Whether a document's line values are net or gross prices; VAT is derived from whichever side is given. */
public enum PriceBasis {
    NET,
    GROSS
}
