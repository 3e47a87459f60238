package dev.relacja.scheduling.impl.persistence;

import java.time.Instant;

/** An alert as stored. */
public record StoredAlert(long id, long taskId, int minutesBefore, Instant anchorAt, Instant dueAt, long operatorId,
        String operatorLogin, String title, boolean activity, AlertState state, Instant knownAt, Instant firedAt,
        boolean late) {
}
