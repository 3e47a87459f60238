package dev.relacja.mailbox.api;

import java.time.Instant;

/**
 * A send job and its progress: of {@code total} records, {@code pending} are still to be prepared, {@code queued}
 * were put into the outbox (of which {@code sent} went out and {@code undelivered} failed or bounced),
 * {@code skipped} were not sent by rule and {@code failed} could not be prepared.
 */
public record SendJob(long id, String name, String account, String template, String language, String recordType,
        SendJobStatus status, boolean resend, int total, int pending, int queued, int sent, int undelivered,
        int skipped, int failed, String createdBy, Instant createdAt, Instant finishedAt, long version) {
}
