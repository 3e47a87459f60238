package dev.relacja.core.api.error;

import java.util.List;

/** Checks that validators of every module share, each adding to a list of field errors rather than throwing. */
public final class FieldChecks {
    private FieldChecks() {
    }

    /**
     * The text stripped, or null when blank (an error when {@code required}); longer than
     * {@code maxLength} is an error too.
     */
    public static String text(List<FieldError> errors, String field, String value, int maxLength, boolean required) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, field + " is required"));
            }
            return null;
        }
        if (stripped.length() > maxLength) {
            errors.add(new FieldError(field, field + " is " + stripped.length() + " characters long; at most " + maxLength));
        }
        return stripped;
    }
}
