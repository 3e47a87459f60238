package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.core.api.money.VatCalculator;
import dev.relacja.core.api.money.VatLine;
import dev.relacja.core.api.money.VatRate;
import dev.relacja.core.api.money.VatSummary;
import dev.relacja.offers.api.OfferLine;
import dev.relacja.offers.api.OfferVatTotal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Offer amounts, all through the core's {@link VatCalculator} as invoices have them: a line's value is quantity ×
 * unit price less its discount and then less its promotion, net or gross as the offer's basis says; the line's own
 * net/VAT/gross is the calculator's answer for that line alone, and the VAT table is its answer for all lines with
 * the discount lines as negative values at their rates (VAT per rate on the rate's total).
 */
final class OfferAmounts {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OfferAmounts() {
    }

    /** What a line is before its amounts: every value already valid. */
    record LineInput(Long itemId, String name, String description, String unit, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal discountPercent, VatRate rate) {
    }

    /** A discount line: {@code amount} off the lines at {@code rate}, net or gross as the basis says. */
    record DiscountLine(BigDecimal amount, VatRate rate) {
    }

    /** The line with its amounts after its discount and {@code promotionPercent}. */
    static OfferLine line(PriceBasis basis, Currency currency, int position, LineInput input,
            BigDecimal promotionPercent) {
        VatSummary alone = VatCalculator.summarize(basis, currency, List.of(new VatLine(value(input,
                promotionPercent), input.rate())));
        return new OfferLine(position, input.itemId(), input.name(), input.description(), input.unit(),
                input.quantity(), input.unitPrice(), input.discountPercent(), promotionPercent, input.rate().code(),
                alone.net(), alone.vat(), alone.gross());
    }

    /** The line's amount on the offer's basis: its net for a NET offer, its gross for a GROSS one. */
    static BigDecimal onBasis(PriceBasis basis, OfferLine line) {
        return basis == PriceBasis.NET ? line.net() : line.gross();
    }

    /** The offer's VAT table from its lines and discount lines. */
    static VatSummary summary(PriceBasis basis, Currency currency, List<OfferLine> lines,
            List<DiscountLine> discounts) {
        List<VatLine> values = new ArrayList<>();
        lines.forEach(l -> values.add(new VatLine(onBasis(basis, l), VatRate.fromCode(l.vatRate()))));
        discounts.forEach(d -> values.add(new VatLine(d.amount().negate(), d.rate())));
        return VatCalculator.summarize(basis, currency, values);
    }

    static List<OfferVatTotal> rows(VatSummary summary) {
        return summary.perRate().stream()
                .map(t -> new OfferVatTotal(t.rate().code(), t.net(), t.vat(), t.gross()))
                .toList();
    }

    /** Quantity × price less the discount and the promotion, unrounded: the calculator rounds it to grosze. */
    private static BigDecimal value(LineInput input, BigDecimal promotionPercent) {
        return input.quantity().multiply(input.unitPrice()).multiply(remaining(input.discountPercent()))
                .multiply(remaining(promotionPercent));
    }

    private static BigDecimal remaining(BigDecimal percent) {
        return HUNDRED.subtract(percent).divide(HUNDRED, 4, RoundingMode.UNNECESSARY);
    }
}
