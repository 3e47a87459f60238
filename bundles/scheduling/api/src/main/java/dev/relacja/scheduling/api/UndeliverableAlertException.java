package dev.relacja.scheduling.api;

/**
 * Thrown by an {@link AlertChannel} for an alert it can never deliver (the operator has no e-mail address,
 * the channel is switched off): the delivery is recorded as skipped, with this message, and not retried.
 */
public class UndeliverableAlertException extends Exception {
    private static final long serialVersionUID = 1L;

    public UndeliverableAlertException(String message) {
        super(message);
    }
}
