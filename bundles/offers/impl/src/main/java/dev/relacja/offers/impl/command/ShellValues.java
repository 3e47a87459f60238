package dev.relacja.offers.impl.command;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.SerialOffer;
import dev.relacja.offers.api.SerialOfferService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the offer commands read what an operator typed. */
final class ShellValues {

    private ShellValues() {
    }

    static Offer offer(OfferService offers, long id) {
        return offers.find(id).orElseThrow(() -> new NotFoundException("Offer", id));
    }

    static SerialOffer serialOffer(SerialOfferService serialOffers, long id) {
        return serialOffers.find(id).orElseThrow(() -> new NotFoundException("Serial offer", id));
    }

    /** A number as typed, with a decimal point or a Polish decimal comma: {@code 149.99}, {@code 149,99}. */
    static BigDecimal decimal(String field, String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "--" + option + " takes a number such as 149.99, not '" + value + "'");
        }
    }

    static LocalDate date(String field, String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "--" + option + " takes a date such as 2026-12-31, not '" + value
                    + "'");
        }
    }

    /** Line numbers as typed: "1,3" or "1 3". */
    static List<Integer> positions(String value) {
        List<Integer> positions = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return positions;
        }
        for (String part : value.strip().split("[,\\s]+")) {
            try {
                positions.add(Integer.valueOf(part));
            } catch (NumberFormatException e) {
                throw new ValidationException("linePositions", "--lines takes line numbers such as 1,3, not '"
                        + value + "'");
            }
        }
        return positions;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
