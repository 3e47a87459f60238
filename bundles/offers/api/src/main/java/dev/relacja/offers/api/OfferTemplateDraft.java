package dev.relacja.offers.api;

/**
 * What an admin saves as an offer template: a {@code name} (1–100 characters) and either the {@code text} (XSL-FO
 * in FreeMarker, at most 200,000 characters) or, with no text, {@code basedOn} a built-in template
 * ({@code formal} or {@code compact}) whose text is copied to start from.
 */
public record OfferTemplateDraft(String name, String basedOn, String text) {
}
