package dev.relacja.scheduling.impl.persistence;

/** Where an alert stands: waiting to fire, fired (its deliveries follow), or no longer wanted. */
public enum AlertState {
    PENDING, FIRED, RETIRED
}
