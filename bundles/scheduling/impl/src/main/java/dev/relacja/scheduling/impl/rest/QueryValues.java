package dev.relacja.scheduling.impl.rest;

import dev.relacja.core.api.error.FieldError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Query parameters as the calendar reads them, each mistake reported on its field. */
final class QueryValues {
    private QueryValues() {
    }

    /**
     * An ISO-8601 instant, {@code 2026-03-29T00:00:00Z} or with an offset ({@code +02:00}); a {@code +}
     * that arrived unencoded (as a space) is taken back. Missing values are left to the service.
     */
    static Instant instant(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not an ISO-8601 instant such as 2026-03-29T00:00:00Z"));
            return null;
        }
    }

    /** Logins from repeated parameters and comma-separated lists. */
    static List<String> logins(List<String> values) {
        List<String> logins = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",", -1)) {
                    logins.add(part.strip());
                }
            }
        }
        return logins;
    }
}
