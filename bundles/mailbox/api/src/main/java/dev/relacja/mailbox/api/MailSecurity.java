package dev.relacja.mailbox.api;

/** How a connection to a mail server is secured. */
public enum MailSecurity {
    /** Plain text (a server on the same host or a trusted network). */
    NONE,
    /** Plain text upgraded with STARTTLS, which the server must offer. */
    STARTTLS,
    /** TLS from the first byte (IMAPS 993, SMTPS 465). */
    TLS
}
