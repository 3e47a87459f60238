package dev.relacja.core.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Computes a document's VAT table the way Polish invoices do: line values rounded to grosze and summed
 * per rate, then VAT computed once on each rate's total rather than line by line.
 */
public final class VatCalculator {

    private static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VatCalculator() {
    }

    /**
     * Summarises the lines of one document.
     *
     * @param basis whether the line values are net or gross
     * @param currency the document's currency
     * @param lines the document's lines; none gives zero totals
     */
    public static VatSummary summarize(PriceBasis basis, Currency currency, List<VatLine> lines) {
        Objects.requireNonNull(basis, "basis");
        Map<VatRate, BigDecimal> valueByRate = new EnumMap<>(VatRate.class);
        for (VatLine line : lines) {
            valueByRate.merge(line.rate(), roundToGrosze(line.value()), BigDecimal::add);
        }
        List<VatRateTotal> perRate = valueByRate.entrySet().stream()
                .map(entry -> basis == PriceBasis.NET
                        ? fromNet(entry.getKey(), entry.getValue())
                        : fromGross(entry.getKey(), entry.getValue()))
                .toList();
        return new VatSummary(currency, perRate,
                sum(perRate, VatRateTotal::net), sum(perRate, VatRateTotal::vat), sum(perRate, VatRateTotal::gross));
    }

    private static VatRateTotal fromNet(VatRate rate, BigDecimal net) {
        BigDecimal vat = net.multiply(rate.percent()).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
        return new VatRateTotal(rate, net, vat, net.add(vat));
    }

    private static VatRateTotal fromGross(VatRate rate, BigDecimal gross) {
        BigDecimal vat = gross.multiply(rate.percent()).divide(HUNDRED.add(rate.percent()), SCALE, RoundingMode.HALF_UP);
        return new VatRateTotal(rate, gross.subtract(vat), vat, gross);
    }

    private static BigDecimal sum(List<VatRateTotal> totals, Function<VatRateTotal, BigDecimal> amount) {
        return totals.stream().map(amount).reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
    }

    private static BigDecimal roundToGrosze(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
