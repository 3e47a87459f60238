package dev.relacja.tasks.api;

import java.time.Instant;

/**
 * One line of a task's record of work done; nobody can change or remove it. {@code from}/{@code to}
 * hold the old and new value of a change, {@code minutesSpent} the time reported with it.
 */
public record LogEntry(long id, long taskId, Instant at, String operator, LogKind kind, String from, String to,
        Integer minutesSpent, String text) {
}
