package dev.relacja.scheduling.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to deliver alerts to their operator, registered as a whiteboard service with
 * {@link #CHANNEL} naming it. Of several services with the same name the one of highest
 * {@code service.ranking} delivers; the built-in channels ({@link #IN_APP}, {@link #EMAIL}) rank -1, so
 * a partner replaces one by registering the same name at the default ranking.
 *
 * <p>Delivery is at least once: the scheduler calls {@link #deliver} until it returns normally, with
 * backoff between attempts, and records each attempt. A channel should use {@link Alert#key()} to
 * recognise an alert it has already delivered (as a Message-ID, an idempotency key).
 */
@ConsumerType
public interface AlertChannel {
    /** Service property: the channel's name ({@code [a-z0-9-]+}), as listed in {@code alertChannels}. */
    String CHANNEL = "relacja.alert.channel";
    /** The built-in in-app notifications, listed by {@code GET /notifications}. */
    String IN_APP = "in-app";
    /** The built-in e-mail to the operator's address over SMTP. */
    String EMAIL = "email";

    /**
     * Delivers {@code alert}, called in the JAAS Subject of the alert's operator (so Relacja's services answer
     * as for them; one who can no longer sign in is refused); returning normally means delivered. Any exception means "try again later",
     * except {@link UndeliverableAlertException}, which means it never can be (it is recorded, not retried).
     */
    void deliver(Alert alert) throws Exception;
}
