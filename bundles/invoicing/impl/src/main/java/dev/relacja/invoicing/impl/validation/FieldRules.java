package dev.relacja.invoicing.impl.validation;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.money.VatRate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** VAT-rate checks the invoicing drafts share (text checks: the core's FieldChecks); each adds what is wrong to {@code errors}. */
public final class FieldRules {

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
}
