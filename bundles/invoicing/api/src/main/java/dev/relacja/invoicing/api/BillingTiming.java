package dev.relacja.invoicing.api;

/**
 * When a period is invoiced: {@code IN_ADVANCE} when it starts (a subscription), {@code IN_ARREARS} after it
 * ends (usage, services rendered).
 */
public enum BillingTiming {
    IN_ADVANCE, IN_ARREARS
}
