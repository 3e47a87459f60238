package dev.relacja.mailbox.impl.inbound;

import dev.relacja.mailbox.api.MailAddress;
import java.time.Instant;
import java.util.List;

/**
 * A received message read from its raw bytes: the headers Relacja uses (nothing else is kept, so no header can
 * steer anything), its text, its HTML already sanitised, and its attachments.
 *
 * @param references  the Message-IDs of In-Reply-To and References, newest last
 * @param recipients  every address it was delivered to (To, Cc, Delivered-To, X-Original-To), for reply tokens
 * @param report      what it reports when it is a delivery status notification, else null
 */
public record ParsedMail(String messageId, String inReplyTo, List<String> references, MailAddress from,
        List<MailAddress> to, List<MailAddress> cc, MailAddress replyTo, List<String> recipients, String subject,
        Instant sentAt, String text, String html, List<Part> attachments, DeliveryReport report) {

    /** One attachment: its name (made up when it had none), media type and bytes. */
    public record Part(String filename, String contentType, byte[] content) {
    }
}
