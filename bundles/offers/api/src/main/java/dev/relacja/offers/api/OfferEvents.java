package dev.relacja.offers.api;

/**
 * The events the offers module posts on EventAdmin after commit, on topics {@code dev/relacja/offers/<EVENT>},
 * with the offer's {@code id}, its {@code counterpartyId}, its {@code label} and the acting {@code operator}.
 */
public final class OfferEvents {
    public static final String MODULE = "offers";
    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";
    /** The offer went out by e-mail (a draft took its number and revision 1). */
    public static final String SENT = "SENT";
    /** A sent offer changed, freezing its next revision. */
    public static final String REVISED = "REVISED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
    /** An accepted offer became a draft invoice; the event carries {@link #INVOICE_ID} too. */
    public static final String CONVERTED = "CONVERTED";
    /** A sent offer passed its validity date unanswered; its owner got a task. */
    public static final String EXPIRED = "EXPIRED";
    /** Event property: the counterparty the offer is for. */
    public static final String COUNTERPARTY_ID = "counterpartyId";
    /** Event property of {@link #CONVERTED}: the invoice the offer became. */
    public static final String INVOICE_ID = "invoiceId";
    /** Event property: the offer's label after the change ("OF/12/2026 r2", "draft #12"). */
    public static final String LABEL = "label";

    private OfferEvents() {
    }
}
