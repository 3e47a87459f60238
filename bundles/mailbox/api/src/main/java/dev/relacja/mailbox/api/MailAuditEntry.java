package dev.relacja.mailbox.api;

import java.time.Instant;

/**
 * Something an operator did to a message besides sending it.
 *
 * @param action {@code LINKED} or {@code UNLINKED}
 * @param detail e.g. the record linked, {@code invoice:7}
 */
public record MailAuditEntry(String action, String detail, String by, Instant at) {
}
