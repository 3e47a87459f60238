package dev.relacja.invoicing.impl.catalogue;

import dev.relacja.core.api.money.VatRate;
import dev.relacja.invoicing.api.ItemKind;
import java.math.BigDecimal;

/** A validated draft: texts stripped, the price at scale 2, the VAT rate and GTU code resolved. */
record CatalogueFields(
        String code,
        String name,
        ItemKind kind,
        String unit,
        BigDecimal netPrice,
        String currency,
        VatRate vatRate,
        String gtu,
        String pkwiu) {
}
