package dev.relacja.scheduling.api;

import java.time.Instant;
import java.util.List;

/**
 * One recorded alert of an item and how its delivery went: {@code state} is {@code PENDING} (waiting to fire),
 * {@code FIRED} or {@code RETIRED} (no longer wanted: the item was done, moved or reassigned); each channel's
 * delivery has its own state ({@code PENDING}, {@code SENT}, {@code SKIPPED}, {@code FAILED}), attempts and last error.
 */
public record AlertStatus(long id, String operator, int minutesBefore, Instant anchor, Instant dueAt, String state,
        Instant firedAt, boolean late, List<Delivery> deliveries) {
    public AlertStatus {
        deliveries = List.copyOf(deliveries);
    }

    /** One channel's delivery of the alert. */
    public record Delivery(String channel, String state, int attempts, Instant nextAttemptAt, String lastError,
            Instant deliveredAt) {
    }
}
