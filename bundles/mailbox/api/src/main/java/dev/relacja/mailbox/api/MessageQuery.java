package dev.relacja.mailbox.api;

import dev.relacja.core.api.records.RecordRef;

/**
 * A filter over messages; null means "any". {@code text} matches subject, sender and recipients
 * (case-insensitive, anywhere); {@code record} (e.g. {@code invoice:7}) lists the messages about one record.
 */
public record MessageQuery(String account, MailFolder folder, Long counterpartyId, Long threadId, String text,
        RecordRef record) {
    public static final MessageQuery ALL = new MessageQuery(null, null, null, null, null, null);
}
