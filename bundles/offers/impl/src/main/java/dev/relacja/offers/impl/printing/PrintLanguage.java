package dev.relacja.offers.impl.printing;

import dev.relacja.core.api.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A language offers print in: the labels the templates show ({@link OfferLabels}) and how numbers are written,
 * Polish "1 234,56" (a no-break space keeps an amount on one line) or English "1,234.56".
 */
enum PrintLanguage {
    PL('\u00A0', ','),
    EN(',', '.');

    private final char grouping;
    private final char decimal;

    PrintLanguage(char grouping, char decimal) {
        this.grouping = grouping;
        this.decimal = decimal;
    }

    /** The language of a code such as "pl" or "EN"; a ValidationException on {@code language} otherwise. */
    static PrintLanguage of(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("language", "offers print in " + codes() + ", not '" + code.strip() + "'");
        }
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Map<String, String> labels() {
        return OfferLabels.of(this);
    }

    /** An amount with two decimals: "1 234,56" or "1,234.56". */
    String money(BigDecimal amount) {
        return format(amount.setScale(2, RoundingMode.HALF_UP), "#,##0.00");
    }

    /** A quantity or a percentage with the decimals it has and no trailing zeros: "1,5" or "1.5". */
    String decimal(BigDecimal value) {
        return format(value, "#,##0.###");
    }

    private String format(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        symbols.setMinusSign('-');
        return new DecimalFormat(pattern, symbols).format(value);
    }

    static String codes() {
        return Arrays.stream(values()).map(PrintLanguage::code).collect(Collectors.joining(" or "));
    }
}
