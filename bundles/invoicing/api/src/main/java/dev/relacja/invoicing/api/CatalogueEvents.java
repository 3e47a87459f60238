package dev.relacja.invoicing.api;

/**
 * The events the catalogue posts on EventAdmin after commit, on topics {@code dev/relacja/invoicing/<EVENT>},
 * with the item's {@code id}, its {@code code} and the acting {@code operator} as properties. Archiving and
 * restoring are updates.
 */
public final class CatalogueEvents {
    public static final String MODULE = "invoicing";
    public static final String ITEM_CREATED = "ITEM_CREATED";
    public static final String ITEM_UPDATED = "ITEM_UPDATED";
    /** Event property: the item's code. */
    public static final String CODE = "code";

    private CatalogueEvents() {
    }
}
