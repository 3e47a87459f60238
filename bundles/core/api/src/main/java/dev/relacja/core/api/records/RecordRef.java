package dev.relacja.core.api.records;

import java.util.Objects;

/** Points at one record of one module, e.g. {@code counterparty} 42 or {@code invoice} 7. */
public record RecordRef(String type, long id) {
    public RecordRef {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
