package dev.relacja.core.api.records;

import java.time.Instant;

/** A link between two records as seen from one of them: {@code other} is the record at the far end. */
public record Link(long id, RecordRef other, String otherTitle, String note, Instant createdAt, String createdBy) {
}
