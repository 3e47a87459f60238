package dev.relacja.mailbox.api;

/**
 * A message's state: received ones are {@code RECEIVED} or {@code QUARANTINED}; sent ones move from {@code QUEUED}
 * on. Stored by position: new values go last.
 */
public enum MailStatus {
    RECEIVED,
    QUARANTINED,
    /** In the outbox, waiting for its turn or for the next attempt. */
    QUEUED,
    /** Handed to the SMTP server right now (after a crash: maybe accepted, so it is sent again with the same Message-ID). */
    SENDING,
    SENT,
    /** Given up on: the server refused it for good (5xx) or retries ran out; the reason says which. */
    FAILED,
    /**
     * Sent, but a delivery status notification came back saying it could not be delivered (to some recipient);
     * the error names whom and why.
     */
    BOUNCED
}
