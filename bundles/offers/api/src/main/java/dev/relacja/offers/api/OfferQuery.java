package dev.relacja.offers.api;

/** Filters of an offer search, both optional; newest issue date first. */
public record OfferQuery(Long counterpartyId, OfferStatus status) {
    public static final OfferQuery ALL = new OfferQuery(null, null);
}
