package dev.relacja.offers.impl.rest;

/** What {@code POST /offer-templates/preview} takes: the text (or a built-in to start from) and the offer. */
public record TemplatePreviewBody(String text, String basedOn, Long offerId, String language) {
}
