package dev.relacja.invoicing.api;

import dev.relacja.core.api.money.VatRate;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A good or service of the catalogue as stored. {@code netPrice} is the net unit price with scale 2 in
 * {@code currency} (PLN for now); {@code vatRate} is the core's {@link VatRate} code ("23", "8", "5", "0",
 * "zw", "np", "oo"), a plain string so it reads in JSON as it is printed on invoices; {@code gtu} is
 * {@code GTU_01}..{@code GTU_13} or null. An archived item ({@code active} false) stays readable, since
 * invoices keep referring to it, but is left out of searches unless asked for.
 */
public record CatalogueItem(
        long id,
        String code,
        String name,
        ItemKind kind,
        String unit,
        BigDecimal netPrice,
        String currency,
        String vatRate,
        String gtu,
        String pkwiu,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The VAT rate as the core's type, for computing amounts; a stored item always carries a known code. */
    public VatRate vat() {
        return VatRate.fromCode(vatRate);
    }
}
