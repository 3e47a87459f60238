package dev.relacja.tasks.api;

import java.time.Instant;

/** A subject thread: how many activities and tasks share it, how many are open, and when it last moved. */
public record ThreadSummary(String thread, long activities, long tasks, long open, Instant lastActivity) {
}
