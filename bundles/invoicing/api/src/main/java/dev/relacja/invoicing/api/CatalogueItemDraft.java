package dev.relacja.invoicing.api;

import dev.relacja.core.api.money.VatRate;
import java.math.BigDecimal;

/**
 * What a caller sends to add or change a catalogue item. {@code vatRate} is a {@link VatRate} code such as
 * "23" or "zw"; {@code currency} left out means PLN, the only currency for now; {@code gtu} and
 * {@code pkwiu} are optional. An update replaces every field.
 */
public record CatalogueItemDraft(
        String code,
        String name,
        ItemKind kind,
        String unit,
        BigDecimal netPrice,
        String currency,
        String vatRate,
        String gtu,
        String pkwiu) {

    /** The draft that leaves {@code item} as it is; edits start from it. */
    public static CatalogueItemDraft of(CatalogueItem item) {
        return new CatalogueItemDraft(item.code(), item.name(), item.kind(), item.unit(), item.netPrice(),
                item.currency(), item.vatRate(), item.gtu(), item.pkwiu());
    }

    public CatalogueItemDraft withCode(String newCode) {
        return new CatalogueItemDraft(newCode, name, kind, unit, netPrice, currency, vatRate, gtu, pkwiu);
    }

    public CatalogueItemDraft withName(String newName) {
        return new CatalogueItemDraft(code, newName, kind, unit, netPrice, currency, vatRate, gtu, pkwiu);
    }

    public CatalogueItemDraft withPrice(BigDecimal newNetPrice, String newVatRate) {
        return new CatalogueItemDraft(code, name, kind, unit, newNetPrice, currency, newVatRate, gtu, pkwiu);
    }

    public CatalogueItemDraft withClassification(String newGtu, String newPkwiu) {
        return new CatalogueItemDraft(code, name, kind, unit, netPrice, currency, vatRate, newGtu, newPkwiu);
    }
}
