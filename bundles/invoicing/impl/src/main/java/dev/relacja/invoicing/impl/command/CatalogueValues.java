package dev.relacja.invoicing.impl.command;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.invoicing.api.ItemKind;
import java.math.BigDecimal;
import java.util.Locale;

/** How the invoicing commands read what an operator typed. */
final class CatalogueValues {

    private CatalogueValues() {
    }

    static ItemKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ItemKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "--kind is goods or service, not '" + value + "'");
        }
    }

    /** A price as typed, with a decimal point or a Polish decimal comma: {@code 149.99}, {@code 149,99}. */
    static BigDecimal price(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationException("netPrice", "--price takes an amount such as 149.99, not '" + value + "'");
        }
    }

    /** One of an enum's values as typed, in any case, {@code -} for {@code _}; null when left out. */
    static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(option, "--" + option + " does not take '" + value + "'");
        }
    }

    static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }

    static String orBlank(Object value) {
        return value == null ? "" : value.toString();
    }
}
