package dev.relacja.invoicing.impl.validation;

import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.money.VatRate;
import dev.relacja.invoicing.api.CatalogueItem;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The name, unit and VAT rate of a line (an invoice's, a scheme's) that may name a catalogue item, the item
 * supplying what the line leaves out; {@code item} is null for free text or an unknown item (then reported).
 */
public record CatalogueLine(CatalogueItem item, String name, String unit, VatRate rate) {
    public static final int MAX_NAME = 250;
    public static final int MAX_UNIT = 10;

    /** Checks the line's fields, field names prefixed with {@code at} (such as "lines[0]."), adding what is wrong to {@code errors}. */
    public static CatalogueLine resolve(List<FieldError> errors, String at, Long catalogueItemId, String name,
            String unit, String vatRate, LongFunction<Optional<CatalogueItem>> items) {
        CatalogueItem item = null;
        if (catalogueItemId != null) {
            item = items.apply(catalogueItemId).orElse(null);
            if (item == null) {
                errors.add(new FieldError(at + "catalogueItemId", "catalogue item " + catalogueItemId + " does not exist"));
            }
        }
        return new CatalogueLine(item,
                FieldChecks.text(errors, at + "name", name == null && item != null ? item.name() : name, MAX_NAME, true),
                FieldChecks.text(errors, at + "unit", unit == null && item != null ? item.unit() : unit, MAX_UNIT, true),
                FieldRules.vatRate(errors, at + "vatRate", vatRate == null && item != null ? item.vatRate() : vatRate));
    }
}
