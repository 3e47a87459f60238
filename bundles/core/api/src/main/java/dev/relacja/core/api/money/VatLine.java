package dev.relacja.core.api.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One document line as VAT sees it: its value already multiplied by quantity, net or gross according to
 * the document's {@link PriceBasis}, and its rate.
 */
public record VatLine(BigDecimal value, VatRate rate) {

    public VatLine {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rate, "rate");
    }
}
