package dev.relacja.invoicing.api;

/**
 * Filters of a catalogue search; every field is optional. {@code text} matches code and name, ignoring
 * case; {@code active} true finds active items, false archived ones, null both. {@code sort} is one of
 * {@link #SORTS}, {@code -} in front for descending (default: code).
 */
public record CatalogueQuery(String text, ItemKind kind, Boolean active, String sort) {
    public static final String SORTS = "code, name, netPrice, updated";
    /** Every active item, by code. */
    public static final CatalogueQuery ACTIVE = new CatalogueQuery(null, null, Boolean.TRUE, null);

    /** Active items matching {@code text}. */
    public static CatalogueQuery text(String text) {
        return new CatalogueQuery(text, null, Boolean.TRUE, null);
    }
}
