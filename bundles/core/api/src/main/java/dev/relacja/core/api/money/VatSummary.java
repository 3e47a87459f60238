package dev.relacja.core.api.money;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A document's VAT table: one total per rate used, in {@link VatRate} order, and the document totals
 * that sum them.
 */
public record VatSummary(Currency currency, List<VatRateTotal> perRate, BigDecimal net, BigDecimal vat,
        BigDecimal gross) {

    /** Keeps an unmodifiable copy of the per-rate totals, sorted by rate. */
    public VatSummary {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(perRate, "perRate");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(gross, "gross");
        perRate = perRate.stream().sorted(Comparator.comparing(VatRateTotal::rate)).toList();
    }
}
