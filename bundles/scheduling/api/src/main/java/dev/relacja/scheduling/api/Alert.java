package dev.relacja.scheduling.api;

import java.time.Instant;

/**
 * A reminder that fired: {@code minutesBefore} the {@code anchor} of activity or task {@code itemId} (an
 * activity's start, a task's deadline), for its owner {@code operator} (login) / {@code operatorId}.
 * {@code dueAt} is when it was meant to fire, {@code firedAt} when it did; {@code late} when it fired well
 * after that (Karaf was down, say). {@code key} is stable for the alert, whatever the attempt or channel.
 */
public record Alert(
        long id,
        String key,
        long itemId,
        String title,
        boolean activity,
        long operatorId,
        String operator,
        Instant anchor,
        int minutesBefore,
        Instant dueAt,
        Instant firedAt,
        boolean late) {
}
