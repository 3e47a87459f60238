package dev.relacja.mailbox.impl.persistence;

import dev.relacja.mailbox.api.MailAddress;
import dev.relacja.mailbox.api.MailAttachment;
import java.time.Instant;
import java.util.List;

/** A queued message as the sender needs it, the same on every attempt (so is its MIME and its Message-ID). */
public record OutboxItem(long id, String account, String messageId, MailAddress from, List<MailAddress> to,
        List<MailAddress> cc, List<MailAddress> bcc, MailAddress replyTo, String subject, String text, String html,
        String inReplyTo, String references, Instant queuedAt, int attempts,
        List<MailAttachment> attachments) {
}
