package dev.relacja.offers.api;

/**
 * How a promotion lowers an offer's price: a percentage off the lines it names, or a discount line of a fixed
 * amount at one VAT rate.
 */
public enum PromotionKind {
    PERCENT_ON_LINES,
    DISCOUNT_LINE
}
