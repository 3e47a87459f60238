package dev.relacja.mailbox.api;

/** Where a message sits in Relacja (not the IMAP folder it came from). Stored by position: new values go last. */
public enum MailFolder {
    /** Received and stored. */
    INBOX,
    /** Waiting to be sent, being sent, or given up on. */
    OUTBOX,
    /** Accepted by the SMTP server. */
    SENT,
    /** Received but not readable as a message; kept with the reason and its raw bytes. */
    QUARANTINE
}
