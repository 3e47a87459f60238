package dev.relacja.procedures.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How the commands read what an operator typed and write times back in the machine's zone. */
final class ShellValues {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ShellValues() {
    }

    /** A date such as {@code 2026-12-01}, or null when none was given. */
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

    /** The id of the counterparty with {@code code}, or null when no code was given. */
    static Long counterpartyId(CounterpartyService counterparties, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return counterparties.findByCode(code.strip()).map(Counterparty::id)
                .orElseThrow(() -> new ValidationException("counterparty", "no counterparty with code " + code.strip()));
    }

    /** The counterparty's code for a table, or its id when it is gone. */
    static String counterpartyCode(CounterpartyService counterparties, long id) {
        return counterparties.find(id).map(Counterparty::code).orElse("#" + id);
    }

    /** An instant as the operator reads it, in the system's default zone; blank for none. */
    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
