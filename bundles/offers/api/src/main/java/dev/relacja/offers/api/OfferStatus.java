package dev.relacja.offers.api;

/**
 * Where an offer stands: a DRAFT is prepared and changed freely; SENT went to the customer (and may still change,
 * each change a new revision), who ACCEPTED or REJECTED it, or it EXPIRED past its validity date; an accepted offer
 * is CONVERTED into a sales invoice or a pro forma, once.
 */
public enum OfferStatus {
    DRAFT,
    SENT,
    ACCEPTED,
    REJECTED,
    EXPIRED,
    CONVERTED
}
