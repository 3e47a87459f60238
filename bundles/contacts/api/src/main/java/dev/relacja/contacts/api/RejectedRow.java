package dev.relacja.contacts.api;

import dev.relacja.core.api.error.FieldError;
import java.util.List;

/** One input record an import refused: its 1-based row (or card) number, its key if it had one, and why. */
public record RejectedRow(long row, String key, List<FieldError> errors) {
    public RejectedRow {
        errors = List.copyOf(errors);
    }
}
