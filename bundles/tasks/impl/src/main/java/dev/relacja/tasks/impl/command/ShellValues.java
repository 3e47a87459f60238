package dev.relacja.tasks.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.tasks.api.Priority;
import dev.relacja.tasks.api.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How the commands read what an operator typed and write times back in the machine's zone. */
final class ShellValues {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ShellValues() {
    }

    /**
     * A date ({@code 2026-12-01}, the start of that day), a local date and time ({@code 2026-12-01T10:00})
     * or an instant ({@code 2026-12-01T10:00:00Z}); dates without a zone are in the system's default zone.
     */
    static Instant instant(String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(option, "--" + option + " takes a date such as 2026-12-01 or an instant such as "
                    + "2026-12-01T10:00:00Z, not '" + value + "'");
        }
    }

    static Priority priority(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Priority.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("priority", "priority is low, normal, high or urgent");
        }
    }

    static TaskStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return TaskStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "status is open or done");
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

    /** An instant as the operator reads it, in the system's default zone; blank for none. */
    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }

    static String orBlank(Object value) {
        return value == null ? "" : value.toString();
    }
}
