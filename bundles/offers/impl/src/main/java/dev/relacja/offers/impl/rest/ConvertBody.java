package dev.relacja.offers.impl.rest;

/** What {@code POST /offers/{id}/convert} takes: {@code kind} SALES (left out) or PRO_FORMA. */
public record ConvertBody(String kind) {
}
