package dev.relacja.offers.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A promotion as a caller sends it, with the {@code wording} printed on the offer. A
 * {@link PromotionKind#PERCENT_ON_LINES} promotion takes {@code percent} (above 0, at most 100) off the lines at
 * the 1-based {@code linePositions}, after their own discount; a line takes part in one such promotion at most.
 * A {@link PromotionKind#DISCOUNT_LINE} takes {@code amount} (net or gross as the offer's price basis says) off
 * the lines at {@code vatRate}, and no more than they are worth.
 */
public record OfferPromotionDraft(
        PromotionKind kind,
        String wording,
        BigDecimal percent,
        List<Integer> linePositions,
        BigDecimal amount,
        String vatRate) {
}
