package dev.relacja.invoicing.impl.validation;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.money.VatRate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Field checks the invoicing drafts share; each adds what is wrong to {@code errors} and answers the cleaned value. */
public final class FieldRules {

    private FieldRules() {
    }

    /** The text stripped, or null when blank (an error when {@code required}); too long is an error too. */
    public static String text(List<FieldError> errors, String field, String value, int maxLength, boolean required) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, field + " is required"));
            }
            return null;
        }
        if (stripped.length() > maxLength) {
            errors.add(new FieldError(field, field + " is " + stripped.length() + " characters long; at most " + maxLength));
        }
        return stripped;
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
}
