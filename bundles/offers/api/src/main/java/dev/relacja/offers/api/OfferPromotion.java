package dev.relacja.offers.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stored promotion (see {@link OfferPromotionDraft}) with {@code saving}: how much it takes off the offer, net
 * or gross as the offer's price basis says, at scale 2. {@code percent} and {@code linePositions} belong to
 * percentage promotions, {@code amount} and {@code vatRate} to discount lines; the others are null or empty.
 */
public record OfferPromotion(
        int position,
        PromotionKind kind,
        String wording,
        BigDecimal percent,
        List<Integer> linePositions,
        BigDecimal amount,
        String vatRate,
        BigDecimal saving) {
}
