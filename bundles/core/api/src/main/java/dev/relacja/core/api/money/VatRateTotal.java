package dev.relacja.core.api.money;

import java.math.BigDecimal;
import java.util.Objects;

/** A document's net, VAT and gross totals for one rate, the rows of the VAT table printed on an invoice. */
public record VatRateTotal(VatRate rate, BigDecimal net, BigDecimal vat, BigDecimal gross) {

    public VatRateTotal {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(gross, "gross");
    }
}
