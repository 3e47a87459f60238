package dev.relacja.mailbox.api;

/** What became of one record of a send job. Stored by position: new values go last. */
public enum SendItemStatus {
    PENDING,
    /** Its message is in the outbox (the message's own status says whether it went out). */
    QUEUED,
    /** Not sent, by rule: no e-mail address, no consent, or sent there before; the reason says which. */
    SKIPPED,
    /** Could not be prepared (no such record, a draft, a template error); the reason says what. */
    FAILED
}
