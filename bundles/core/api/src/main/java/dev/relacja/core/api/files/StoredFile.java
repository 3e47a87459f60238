package dev.relacja.core.api.files;

import dev.relacja.core.api.records.RecordRef;
import java.time.Instant;

/** A file attached to a record; its content is stored once per distinct SHA-256. */
public record StoredFile(long id, RecordRef owner, String filename, String contentType, long size, String sha256,
        Instant createdAt, String createdBy) {
}
