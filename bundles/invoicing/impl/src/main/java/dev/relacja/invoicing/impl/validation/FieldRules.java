package dev.relacja.invoicing.impl.validation;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.money.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * VAT-rate and number checks the invoicing drafts share (text checks: the core's FieldChecks); each adds what is
 * wrong to {@code errors}.
 */
public final class FieldRules {
    /** The largest quantity: fifteen digits, three of them after the point, as the quantity columns hold. */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.999");
    /** The largest unit price: twelve digits, two of them after the point, as the price columns hold. */
    public static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    private FieldRules() {
    }

    /** The core's rate for a required code such as "23" or "zw", or null after reporting why not. */
    public static VatRate vatRate(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "the VAT rate is required, one of " + allowedRates()));
            return null;
        }
        try {
            return VatRate.fromCode(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "'" + value.strip() + "' is not a VAT rate; use one of " + allowedRates()));
            return null;
        }
    }

    public static String allowedRates() {
        return Arrays.stream(VatRate.values()).map(VatRate::code).collect(Collectors.joining(", "));
    }

    /** A number within bounds with at most {@code scale} decimals, at that scale: more are refused, never rounded. */
    public static BigDecimal decimal(List<FieldError> errors, String field, String what, BigDecimal value, int scale,
            BigDecimal min, BigDecimal max, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, what + " is required"));
            }
            return null;
        }
        boolean valid = true;
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            errors.add(new FieldError(field, what + " must be from " + min.toPlainString() + " to " + max.toPlainString()
                    + ", not " + value.toPlainString()));
            valid = false;
        }
        if (value.stripTrailingZeros().scale() > scale) {
            errors.add(new FieldError(field, what + " has at most " + scale + " decimal places, not "
                    + value.toPlainString()));
            valid = false;
        }
        return valid ? value.setScale(scale, RoundingMode.UNNECESSARY) : null;
    }
}
