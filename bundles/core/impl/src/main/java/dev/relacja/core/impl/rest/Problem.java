package dev.relacja.core.impl.rest;

import dev.relacja.core.api.error.FieldError;
import java.util.List;

/** An RFC 9457 problem-details body, with the fields that broke a rule. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }
}
