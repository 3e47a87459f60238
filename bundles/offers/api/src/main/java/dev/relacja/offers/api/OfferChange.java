package dev.relacja.offers.api;

/**
 * One difference between two revisions of an offer, in readable text: a header {@code field} of the offer (dates,
 * terms, texts, totals), or of the line or promotion at {@code position}. A line or promotion only one revision has
 * is one change with {@code field} "line" or "promotion", {@code before} null when it was added and {@code after}
 * null when it was removed; a value one side lacks is null.
 */
public record OfferChange(Part part, Integer position, String field, String before, String after) {

    /** What the change is about: the offer's header, a line or a promotion. */
    public enum Part {
        OFFER,
        LINE,
        PROMOTION
    }
}
