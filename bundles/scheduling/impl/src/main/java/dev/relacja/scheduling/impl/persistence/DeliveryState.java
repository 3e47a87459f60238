package dev.relacja.scheduling.impl.persistence;

/** One channel's delivery of a fired alert: to try (again), done, never possible, or given up after the last attempt. */
public enum DeliveryState {
    PENDING, SENT, SKIPPED, FAILED
}
