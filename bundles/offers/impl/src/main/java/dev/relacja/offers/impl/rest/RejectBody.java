package dev.relacja.offers.impl.rest;

/** What {@code POST /offers/{id}/reject} takes: why the customer declined, required, at most 1000 characters. */
public record RejectBody(String reason) {
}
