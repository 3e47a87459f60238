package dev.relacja.mailbox.api;

/** Where a send job is. Stored by position: new values go last. */
public enum SendJobStatus {
    /** Its records are being put into the outbox. */
    RUNNING,
    /** Stopped by an operator; resumes where it stopped. */
    PAUSED,
    /** Every record is in the outbox, skipped or failed. */
    DONE
}
