package dev.relacja.core.api.error;

import java.util.Objects;

/** One rule that one input field broke, e.g. field {@code nip}, message "NIP checksum does not match". */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
