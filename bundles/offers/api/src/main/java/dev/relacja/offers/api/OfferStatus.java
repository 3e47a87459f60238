package dev.relacja.offers.api;

/**
 * Where an offer stands: a DRAFT is prepared and changed freely; SENT went to the customer, who ACCEPTED or
 * REJECTED it, or it EXPIRED past its validity date; an accepted offer is CONVERTED into an invoice. Only drafts
 * are made and changed for now.
 */
public enum OfferStatus {
    DRAFT,
    SENT,
    ACCEPTED,
    REJECTED,
    EXPIRED,
    CONVERTED
}
