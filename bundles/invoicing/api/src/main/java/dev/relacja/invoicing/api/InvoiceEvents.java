package dev.relacja.invoicing.api;

/**
 * The invoice events posted on EventAdmin after commit, on topics {@code dev/relacja/invoicing/<EVENT>}, with
 * the invoice's {@code id}, {@code number}, {@code counterpartyId}, {@code kind} and the acting {@code operator}.
 */
public final class InvoiceEvents {
    public static final String ISSUED = "ISSUED";
    public static final String PAID = "PAID";
    public static final String CANCELLED = "CANCELLED";
    /** A cyclic run ended; properties: {@code id} of the run, {@code status}, {@code created}, {@code skipped}, {@code failed}. */
    public static final String RUN_COMPLETED = "RUN_COMPLETED";
    /** Event property: the invoice number (null for a cancelled draft). */
    public static final String NUMBER = "number";
    /** Event property: the buyer's counterparty id. */
    public static final String COUNTERPARTY_ID = "counterpartyId";
    /** Event property: SALES or PRO_FORMA. */
    public static final String KIND = "kind";

    private InvoiceEvents() {
    }
}
