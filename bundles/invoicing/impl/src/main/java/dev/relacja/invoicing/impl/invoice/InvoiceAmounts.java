package dev.relacja.invoicing.impl.invoice;

import dev.relacja.core.api.money.Money;
import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.core.api.money.VatCalculator;
import dev.relacja.core.api.money.VatLine;
import dev.relacja.core.api.money.VatRate;
import dev.relacja.core.api.money.VatRateTotal;
import dev.relacja.core.api.money.VatSummary;
import dev.relacja.invoicing.api.InvoiceLine;
import dev.relacja.invoicing.api.InvoiceVatTotal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Invoice amounts, all through the core's {@link VatCalculator}: a line's value is quantity × unit price less
 * the discount, net or gross as the document's basis says; the line's own net/VAT/gross is the calculator's
 * answer for that line alone, and the document's VAT table is its answer for all lines (VAT per rate).
 */
final class InvoiceAmounts {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvoiceAmounts() {
    }

    /** The line with its amounts; {@code quantity}, {@code unitPrice} and {@code discountPercent} are already valid. */
    static InvoiceLine line(PriceBasis basis, int position, Long itemId, String name, String unit, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal discountPercent, VatRate rate) {
        VatSummary alone = VatCalculator.summarize(basis, Money.PLN, List.of(new VatLine(value(quantity, unitPrice,
                discountPercent), rate)));
        return new InvoiceLine(position, itemId, name, unit, quantity, unitPrice, discountPercent, rate.code(),
                alone.net(), alone.vat(), alone.gross());
    }

    /** The document's VAT table from its lines. */
    static VatSummary summary(PriceBasis basis, List<InvoiceLine> lines) {
        return VatCalculator.summarize(basis, Money.PLN, lines.stream()
                .map(l -> new VatLine(basis == PriceBasis.NET ? l.net() : l.gross(), VatRate.fromCode(l.vatRate())))
                .toList());
    }

    static List<InvoiceVatTotal> rows(VatSummary summary) {
        return summary.perRate().stream().map(InvoiceAmounts::row).toList();
    }

    private static InvoiceVatTotal row(VatRateTotal total) {
        return new InvoiceVatTotal(total.rate().code(), total.net(), total.vat(), total.gross());
    }

    /** Quantity × price less the discount, unrounded: the calculator rounds it to grosze. */
    private static BigDecimal value(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        BigDecimal factor = HUNDRED.subtract(discountPercent).divide(HUNDRED, 6, RoundingMode.UNNECESSARY);
        return quantity.multiply(unitPrice).multiply(factor);
    }
}
