package dev.relacja.invoicing.api;

/** How an invoice is (to be) paid. */
public enum PaymentMethod {
    TRANSFER, CASH, CARD
}
