package dev.relacja.mailbox.impl.persistence;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.MailAddress;
import dev.relacja.mailbox.api.MailAttachment;
import java.util.List;

/**
 * A checked message for the outbox. {@code messageIdDomain} and {@code replyAddress} (with {@code {token}} where
 * the reply token goes, or null for none) make its Message-ID and Reply-To; {@code thread} when it answers one;
 * {@code sendKey}, when not null, is the caller's key of a message sent at most once, which also makes its Message-ID.
 */
public record NewOutgoing(String account, MailAddress from, List<MailAddress> to, List<MailAddress> cc,
        List<MailAddress> bcc, String subject, String text, String html, List<MailAttachment> attachments,
        List<RecordRef> records, Long counterpartyId, Long contactPersonId, String inReplyTo, String references,
        Long threadId, String messageIdDomain, String replyAddress, String actor, String sendKey) {
}
