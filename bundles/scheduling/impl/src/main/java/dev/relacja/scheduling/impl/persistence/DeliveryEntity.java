package dev.relacja.scheduling.impl.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A fired alert on one channel, in {@code sched_alert_delivery}; unique by (alert, channel). */
@Entity
@Table(name = "sched_alert_delivery")
public class DeliveryEntity {
    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "alert_id", nullable = false)
    private long alertId;
    @Column(name = "channel", nullable = false)
    private String channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_state", nullable = false)
    private DeliveryState state;
    @Column(name = "attempts", nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Version
    private long version;

    protected DeliveryEntity() {
    }

    DeliveryEntity(long alertId, String channel, Instant now) {
        this.alertId = alertId;
        this.channel = channel;
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = now;
    }

    long alertId() {
        return alertId;
    }

    int attempts() {
        return attempts;
    }

    void delivered(Instant now) {
        attempts++;
        state = DeliveryState.SENT;
        deliveredAt = now;
        lastError = null;
    }

    void skipped(String reason) {
        attempts++;
        state = DeliveryState.SKIPPED;
        lastError = clip(reason);
    }

    /** A failed attempt: another at {@code next}, or none ({@code next} null), which gives up. */
    void failed(String error, Instant next) {
        attempts++;
        lastError = clip(error);
        if (next == null) {
            state = DeliveryState.FAILED;
        } else {
            nextAttemptAt = next;
        }
    }

    private static String clip(String text) {
        String value = text == null ? "" : text;
        return value.length() > MAX_ERROR ? value.substring(0, MAX_ERROR) : value;
    }

    StoredDelivery toStored() {
        return new StoredDelivery(id, alertId, channel, state, attempts, nextAttemptAt, lastError, deliveredAt);
    }
}
