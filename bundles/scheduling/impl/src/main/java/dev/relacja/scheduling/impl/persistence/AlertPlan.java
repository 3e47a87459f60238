package dev.relacja.scheduling.impl.persistence;

import java.time.Instant;
import java.util.Set;

/**
 * The alerts one item should have now: its owner and title, and its reminders (minutes before an anchor).
 * An empty set retires every pending alert of the item. Alerts not yet recorded are created only for anchors
 * at or after {@code createFrom}; {@code knownAt} is since when the scheduler could have known them.
 */
public record AlertPlan(long taskId, long operatorId, String operatorLogin, String title, boolean activity,
        Set<Reminder> reminders, Instant createFrom, Instant knownAt) {
    public AlertPlan {
        reminders = Set.copyOf(reminders);
    }

    /** One reminder: {@code minutesBefore} the {@code anchor}. */
    public record Reminder(int minutesBefore, Instant anchor) {
    }
}
