package dev.relacja.mailbox.impl.persistence;

import dev.relacja.mailbox.api.MailAddress;
import java.time.Instant;
import java.util.List;

/**
 * A received message ready to store: where it came from (IMAP folder, UIDVALIDITY, UID), what it says, and what
 * it was matched to. {@code quarantineReason} is set when it could not be read; then only the sender and subject,
 * if any, are known.
 */
public record NewReceived(String account, String imapFolder, long uidValidity, long uid, String messageId,
        String inReplyTo, String references, MailAddress from, List<MailAddress> to, List<MailAddress> cc,
        MailAddress replyTo, String subject, Instant receivedAt, String text, String html, Long counterpartyId,
        Long contactPersonId, ThreadMatch thread, String quarantineReason, String actor) {
}
