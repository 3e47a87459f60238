package dev.relacja.scheduling.api;

import java.util.List;

/**
 * Reminders to set: minutes before the start or deadline, each from 0 to {@link AlertService#MAX_MINUTES_BEFORE},
 * at most {@link AlertService#MAX_REMINDERS}, no repeats; an empty list means none at all.
 */
public record RemindersDraft(List<Integer> reminders) {
}
