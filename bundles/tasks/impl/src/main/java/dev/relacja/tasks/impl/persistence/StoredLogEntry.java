package dev.relacja.tasks.impl.persistence;

import dev.relacja.tasks.api.LogKind;
import java.time.Instant;

/** A log entry as the store knows it: the operator by id; the service turns ids into logins. */
public record StoredLogEntry(long id, long taskId, Instant at, long operatorId, LogKind kind, String from, String to,
        Integer minutesSpent, String text) {
}
