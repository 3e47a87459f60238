package dev.relacja.scheduling.impl.persistence;

import java.time.Instant;

/** A channel's delivery of an alert as stored. */
public record StoredDelivery(long id, long alertId, String channel, DeliveryState state, int attempts,
        Instant nextAttemptAt, String lastError, Instant deliveredAt) {
}
