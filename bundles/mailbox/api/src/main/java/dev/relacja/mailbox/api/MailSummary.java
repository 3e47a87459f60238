package dev.relacja.mailbox.api;

import java.time.Instant;

/** A message as listed: no bodies. {@code at} is when it was received or sent (queued, while in the outbox). */
public record MailSummary(long id, String account, MailFolder folder, MailStatus status, MailAddress from,
        String to, String subject, Instant at, Long counterpartyId, long threadId, boolean hasAttachments) {
}
