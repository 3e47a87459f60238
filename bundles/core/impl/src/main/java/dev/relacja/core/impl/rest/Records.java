package dev.relacja.core.impl.rest;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.records.RecordRef;
import java.util.ArrayList;
import java.util.List;

/** Reads a record reference from request parameters, refusing what cannot be one. */
final class Records {
    private Records() {
    }

    static RecordRef ref(String type, Long id) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null || !type.matches("[a-z][a-z0-9-]{0,39}")) {
            errors.add(new FieldError("type", "give a record type such as counterparty"));
        }
        if (id == null || id < 1) {
            errors.add(new FieldError("id", "give the record's id"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new RecordRef(type, id);
    }
}
