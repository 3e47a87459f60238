package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.core.api.money.VatRate;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.offers.api.OfferLineDraft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Checks one offer line, a catalogue item supplying what the line leaves out (its name, unit and VAT rate, and its
 * net price, made gross for a GROSS offer); each broken rule is added to the errors under the line's field names.
 */
final class LineRules {
    static final int MAX_NAME = 250;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_UNIT = 10;
    /** Fifteen digits, three of them after the point, as the quantity column holds. */
    static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.999");
    /** Twelve digits, two of them after the point, as the price columns hold. */
    static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LineRules() {
    }

    /** The line's valid values, or empty after reporting what is wrong; {@code at} is such as "lines[0].". */
    static Optional<OfferAmounts.LineInput> check(List<FieldError> errors, String at, OfferLineDraft draft,
            PriceBasis basis, LongFunction<Optional<CatalogueItem>> items) {
        if (draft == null) {
            errors.add(new FieldError(at.substring(0, at.length() - 1), "a line is empty"));
            return Optional.empty();
        }
        int before = errors.size();
        CatalogueItem item = null;
        if (draft.catalogueItemId() != null) {
            item = items.apply(draft.catalogueItemId()).orElse(null);
            if (item == null) {
                errors.add(new FieldError(at + "catalogueItemId", "catalogue item " + draft.catalogueItemId()
                        + " does not exist"));
            }
        }
        String name = FieldChecks.text(errors, at + "name", orItem(draft.name(), item, CatalogueItem::name),
                MAX_NAME, true);
        String description = FieldChecks.text(errors, at + "description", draft.description(), MAX_DESCRIPTION,
                false);
        String unit = FieldChecks.text(errors, at + "unit", orItem(draft.unit(), item, CatalogueItem::unit), MAX_UNIT,
                true);
        VatRate rate = vatRate(errors, at + "vatRate", orItem(draft.vatRate(), item, CatalogueItem::vatRate));
        BigDecimal quantity = quantity(errors, at + "quantity", draft.quantity());
        BigDecimal price = draft.unitPrice() != null || item == null || rate == null ? draft.unitPrice()
                : cataloguePrice(item, basis, rate);
        price = decimal(errors, at + "unitPrice", "the unit price", price, 2, MAX_PRICE, true);
        BigDecimal discount = draft.discountPercent() == null ? BigDecimal.ZERO.setScale(2)
                : decimal(errors, at + "discountPercent", "the discount", draft.discountPercent(), 2, HUNDRED, true);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new OfferAmounts.LineInput(draft.catalogueItemId(), name, description, unit, quantity,
                price, discount, rate));
    }

    /** The core's rate for a required code such as "23" or "zw", or null after reporting why not. */
    static VatRate vatRate(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "the VAT rate is required, one of " + allowedRates()));
            return null;
        }
        try {
            return VatRate.fromCode(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "'" + value.strip() + "' is not a VAT rate; use one of "
                    + allowedRates()));
            return null;
        }
    }

    /**
     * A number from 0 to {@code max} with at most {@code scale} decimals, at that scale: more decimals are refused,
     * never rounded.
     */
    static BigDecimal decimal(List<FieldError> errors, String field, String what, BigDecimal value, int scale,
            BigDecimal max, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, what + " is required"));
            }
            return null;
        }
        boolean valid = true;
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            errors.add(new FieldError(field, what + " must be from 0 to " + max.toPlainString() + ", not "
                    + value.toPlainString()));
            valid = false;
        }
        if (value.stripTrailingZeros().scale() > scale) {
            errors.add(new FieldError(field, what + " has at most " + scale + " decimal places, not "
                    + value.toPlainString()));
            valid = false;
        }
        return valid ? value.setScale(scale, RoundingMode.UNNECESSARY) : null;
    }

    private static BigDecimal quantity(List<FieldError> errors, String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            errors.add(new FieldError(field, "the quantity must be above zero, not " + value.toPlainString()));
            return null;
        }
        return decimal(errors, field, "the quantity", value, 3, MAX_QUANTITY, true);
    }

    /** The catalogue's net price, or the gross price it makes at the rate for an offer priced gross. */
    private static BigDecimal cataloguePrice(CatalogueItem item, PriceBasis basis, VatRate rate) {
        return basis == PriceBasis.NET ? item.netPrice()
                : item.netPrice().multiply(HUNDRED.add(rate.percent())).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static String orItem(String value, CatalogueItem item, Function<CatalogueItem, String> fromItem) {
        return value == null && item != null ? fromItem.apply(item) : value;
    }

    private static String allowedRates() {
        return Arrays.stream(VatRate.values()).map(VatRate::code).collect(Collectors.joining(", "));
    }
}
