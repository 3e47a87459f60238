package dev.relacja.offers.api;

/** Where a serial offer stands. Stored by name. */
public enum SerialOfferStatus {
    /** Content, members and prices may change. */
    DRAFT,
    /** Each member's offer is a draft (or why it could not be made is recorded); generating again retries those. */
    GENERATED,
    /** The offers are numbered and a mailbox send job e-mails them. */
    SENT
}
