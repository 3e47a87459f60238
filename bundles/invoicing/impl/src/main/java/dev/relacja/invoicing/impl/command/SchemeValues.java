package dev.relacja.invoicing.impl.command;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.invoicing.api.ParticipantItem;
import dev.relacja.invoicing.api.SchemeItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How the scheme commands read what an operator typed: dates, numbers with a point or a Polish decimal comma,
 * {@code --item} lines and {@code --override}s.
 */
final class SchemeValues {
    static final String ITEM_FORMS = "CODE[:quantity[:net price]] for a catalogue item, or "
            + "\"name|unit|quantity|net price|VAT rate\" for free text";

    private SchemeValues() {
    }

    static LocalDate date(String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(option, "--" + option + " takes a date such as 2026-12-01, not '" + value + "'");
        }
    }

    /** A quantity or price as typed, {@code 12.50} or {@code 12,50}; null when blank. */
    static BigDecimal decimal(String what, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationException(what, what + " is a number such as 12.50 or 12,50, not '" + value + "'");
        }
    }

    /** A scheme line from {@code --item}: see {@link #ITEM_FORMS}; a catalogue line's quantity defaults to 1. */
    static SchemeItem item(String spec, CatalogueService catalogue) {
        if (spec.contains("|")) {
            String[] parts = spec.split("\\|", -1);
            if (parts.length != 5) {
                throw new ValidationException("item", "a free-text --item has five parts, name|unit|quantity|net "
                        + "price|VAT rate, not '" + spec + "'");
            }
            return new SchemeItem(0, null, parts[0], parts[1], decimal("quantity", parts[2]), decimal("price", parts[3]),
                    parts[4].strip());
        }
        String[] parts = spec.split(":", -1);
        if (parts.length > 3) {
            throw new ValidationException("item", "--item is " + ITEM_FORMS + ", not '" + spec + "'");
        }
        CatalogueItem item = catalogue.findByCode(parts[0].strip())
                .orElseThrow(() -> new NotFoundException("Catalogue item", parts[0].strip()));
        BigDecimal quantity = parts.length > 1 ? decimal("quantity", parts[1]) : null;
        BigDecimal price = parts.length > 2 ? decimal("price", parts[2]) : null;
        return new SchemeItem(0, item.id(), null, null, quantity == null ? BigDecimal.ONE : quantity, price, null);
    }

    /** A participant's override from {@code --override position:quantity:price}, either of the two left empty. */
    static ParticipantItem override(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || !parts[0].strip().matches("\\d{1,3}")) {
            throw new ValidationException("override", "--override is position:quantity:net price (either may be "
                    + "empty, e.g. 2::99.50), not '" + spec + "'");
        }
        return new ParticipantItem(Integer.parseInt(parts[0].strip()), decimal("quantity", parts[1]),
                parts.length > 2 ? decimal("price", parts[2]) : null);
    }
}
