package dev.relacja.mailbox.api;

import dev.relacja.core.api.records.RecordRef;
import java.time.Instant;
import java.util.List;

/**
 * A message as stored: received ones carry their text and their HTML already sanitised (safe to show); sent
 * ones what went out. {@code messageId} is the RFC 5322 Message-ID (with angle brackets); {@code threadId} the
 * id of the thread's first message in Relacja; {@code records} what it is about (an invoice, an offer, a task).
 *
 * @param error     why it was quarantined, or the last sending error
 * @param attempts  sending attempts so far (0 for received mail)
 */
public record MailMessage(long id, String account, MailFolder folder, MailStatus status, String messageId,
        long threadId, MailAddress from, List<MailAddress> to, List<MailAddress> cc, MailAddress replyTo,
        String subject, Instant at, String text, String html, List<MailAttachment> attachments,
        Long counterpartyId, Long contactPersonId, List<RecordRef> records, int attempts, String error,
        Instant sentAt, String createdBy) {
    public MailMessage {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
        records = List.copyOf(records);
    }
}
