package dev.relacja.invoicing.impl.catalogue;

import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.money.Money;
import dev.relacja.core.api.money.VatRate;
import dev.relacja.invoicing.api.CatalogueItemDraft;
import dev.relacja.invoicing.impl.validation.FieldRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a catalogue draft against every rule at once and resolves it into {@link CatalogueFields}: all
 * broken rules are reported together. Whether the code is free is the store's check (a conflict, not
 * bad input). A pure function of the draft, so it is tested on its own.
 */
final class CatalogueDraftResolver {
    static final int MAX_CODE = 32;
    static final int MAX_NAME = 250;
    static final int MAX_UNIT = 10;
    static final int MAX_PKWIU = 20;
    /** The largest net unit price: twelve digits, two of them after the point, as the column holds. */
    static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
    static final String CURRENCY = Money.PLN.getCurrencyCode();
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]+");
    private static final Pattern GTU = Pattern.compile("GTU_(0[1-9]|1[0-3])");

    private CatalogueDraftResolver() {
    }

    static CatalogueFields resolve(CatalogueItemDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send the catalogue item");
        }
        List<FieldError> errors = new ArrayList<>();
        String code = code(errors, draft.code());
        String name = FieldChecks.text(errors, "name", draft.name(), MAX_NAME, true);
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", "kind is required: GOODS or SERVICE"));
        }
        String unit = FieldChecks.text(errors, "unit", draft.unit(), MAX_UNIT, true);
        BigDecimal price = price(errors, draft.netPrice());
        String currency = currency(errors, draft.currency());
        VatRate vat = FieldRules.vatRate(errors, "vatRate", draft.vatRate());
        String gtu = gtu(errors, draft.gtu());
        String pkwiu = FieldChecks.text(errors, "pkwiu", draft.pkwiu(), MAX_PKWIU, false);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CatalogueFields(code, name, draft.kind(), unit, price, currency, vat, gtu, pkwiu);
    }

    private static String code(List<FieldError> errors, String value) {
        String code = FieldChecks.text(errors, "code", value, MAX_CODE, true);
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "a code has only letters A-Z, digits and . _ / - (no spaces or Polish "
                    + "letters): '" + code + "'"));
        }
        return code;
    }

    /** At most two decimals: a price with more is refused rather than rounded behind the operator's back. */
    private static BigDecimal price(List<FieldError> errors, BigDecimal value) {
        if (value == null) {
            errors.add(new FieldError("netPrice", "the net price is required (0 for a free item)"));
            return null;
        }
        boolean valid = true;
        if (value.signum() < 0) {
            errors.add(new FieldError("netPrice", "the net price cannot be negative: " + value.toPlainString()));
            valid = false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("netPrice", "the net price has at most 2 decimal places (grosze), not "
                    + value.toPlainString()));
            valid = false;
        }
        if (value.compareTo(MAX_PRICE) > 0) {
            errors.add(new FieldError("netPrice", "the net price is at most " + MAX_PRICE.toPlainString() + ", not "
                    + value.toPlainString()));
            valid = false;
        }
        return valid ? value.setScale(2, RoundingMode.UNNECESSARY) : null;
    }

    private static String currency(List<FieldError> errors, String value) {
        if (value == null || value.isBlank()) {
            return CURRENCY;
        }
        String currency = value.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.equals(currency)) {
            errors.add(new FieldError("currency", "catalogue prices are in PLN only for now; '" + value.strip()
                    + "' is not supported yet"));
        }
        return currency;
    }

    private static String gtu(List<FieldError> errors, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String gtu = value.strip().toUpperCase(Locale.ROOT);
        if (!GTU.matcher(gtu).matches()) {
            errors.add(new FieldError("gtu", "a GTU code is GTU_01 to GTU_13 (or none), not '" + value.strip() + "'"));
        }
        return gtu;
    }
}
