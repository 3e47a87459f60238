package dev.relacja.offers.api;

/**
 * The events the offers module posts on EventAdmin after commit, on topics {@code dev/relacja/offers/<EVENT>},
 * with the offer's {@code id}, its {@code counterpartyId} and the acting {@code operator}.
 */
public final class OfferEvents {
    public static final String MODULE = "offers";
    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";
    /** Event property: the counterparty the offer is for. */
    public static final String COUNTERPARTY_ID = "counterpartyId";

    private OfferEvents() {
    }
}
