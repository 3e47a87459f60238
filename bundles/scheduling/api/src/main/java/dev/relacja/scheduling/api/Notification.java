package dev.relacja.scheduling.api;

import java.time.Instant;

/**
 * An in-app notification of an alert: activity or task {@code itemId} starts or is due at {@code anchor},
 * {@code minutesBefore} after the reminder was set; {@code late} when it fired well after it was due.
 * {@code readAt} is null while unread.
 */
public record Notification(
        long id,
        long alertId,
        long itemId,
        String title,
        boolean activity,
        Instant anchor,
        int minutesBefore,
        boolean late,
        Instant createdAt,
        Instant readAt) {
}
