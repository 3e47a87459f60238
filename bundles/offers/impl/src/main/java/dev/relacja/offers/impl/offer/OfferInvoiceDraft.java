package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.invoicing.api.InvoiceDraft;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceLineDraft;
import dev.relacja.offers.api.ConversionKind;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferLine;
import dev.relacja.offers.api.OfferPromotion;
import dev.relacja.offers.api.PromotionKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * The draft invoice an accepted revision converts into, with the same totals per VAT rate. The invoice sums each
 * rate's lines rounded to grosze as the offer does, so: each offer line becomes a line with its quantity, unit
 * price and own discount; a percentage promotion becomes, per VAT rate of its lines, a discount line (rabat) of
 * what it took off them (each line's value before it less its value after, both rounded as the offer has them);
 * a discount-line promotion becomes a discount line of its amount. Discount lines carry the promotion's wording.
 */
final class OfferInvoiceDraft {
    /** The longest line name an invoice takes (its catalogue rules). */
    static final int MAX_INVOICE_LINE_NAME = 250;
    static final String DISCOUNT_UNIT = "szt.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OfferInvoiceDraft() {
    }

    /**
     * The invoice of {@code kind} for the offer as it was accepted; a catalogue item no longer in the catalogue
     * ({@code itemExists} false) leaves its line as free text with the offer's name, unit, price and rate.
     */
    static InvoiceDraft of(Offer offer, ConversionKind kind, LongPredicate itemExists) {
        PriceBasis basis = PriceBasis.valueOf(offer.priceBasis());
        List<InvoiceLineDraft> lines = new ArrayList<>();
        for (OfferLine line : offer.lines()) {
            Long itemId = line.catalogueItemId() != null && itemExists.test(line.catalogueItemId())
                    ? line.catalogueItemId() : null;
            lines.add(new InvoiceLineDraft(itemId, line.name(), line.unit(), line.quantity(), line.unitPrice(),
                    line.discountPercent(), line.vatRate()));
        }
        for (OfferPromotion promotion : offer.promotions()) {
            if (promotion.kind() == PromotionKind.DISCOUNT_LINE) {
                lines.add(discountLine(promotion.wording(), promotion.amount(), promotion.vatRate()));
            } else {
                takenOffPerRate(basis, offer, promotion).forEach((rate, off) -> {
                    if (off.signum() > 0) {
                        lines.add(discountLine(promotion.wording(), off, rate));
                    }
                });
            }
        }
        return new InvoiceDraft(InvoiceKind.valueOf(kind.name()), offer.counterpartyId(), null, null, null, null,
                null, null, null, false, "Na podstawie oferty " + offer.label(), offer.currency(),
                offer.priceBasis(), lines, null);
    }

    /** What a percentage promotion took off its lines, per VAT rate in the order its lines come. */
    private static Map<String, BigDecimal> takenOffPerRate(PriceBasis basis, Offer offer, OfferPromotion promotion) {
        Map<String, BigDecimal> perRate = new LinkedHashMap<>();
        for (OfferLine line : offer.lines()) {
            if (promotion.linePositions().contains(line.position())) {
                BigDecimal after = basis == PriceBasis.NET ? line.net() : line.gross();
                perRate.merge(line.vatRate(), beforePromotion(line).subtract(after), BigDecimal::add);
            }
        }
        return perRate;
    }

    /** Quantity × price less the line's own discount, rounded to grosze as the VAT calculator rounds a line. */
    private static BigDecimal beforePromotion(OfferLine line) {
        return line.quantity().multiply(line.unitPrice()).multiply(HUNDRED.subtract(line.discountPercent()))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static InvoiceLineDraft discountLine(String wording, BigDecimal amount, String vatRate) {
        return new InvoiceLineDraft(null, name(wording), DISCOUNT_UNIT, BigDecimal.ONE,
                amount.setScale(2, RoundingMode.UNNECESSARY).negate(), null, vatRate);
    }

    private static String name(String wording) {
        String name = wording.strip();
        return name.length() <= MAX_INVOICE_LINE_NAME ? name : name.substring(0, MAX_INVOICE_LINE_NAME - 1) + "…";
    }
}
