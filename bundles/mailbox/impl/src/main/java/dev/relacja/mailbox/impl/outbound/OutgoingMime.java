package dev.relacja.mailbox.impl.outbound;

import dev.relacja.core.api.files.FileService;
import dev.relacja.mailbox.api.MailAddress;
import dev.relacja.mailbox.api.MailAttachment;
import dev.relacja.mailbox.impl.persistence.OutboxItem;
import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Builds the MIME of a queued message, the same on every attempt: its Message-ID and Date come from the outbox row,
 * so a receiver recognises the one duplicate a crash between the server's acceptance and Relacja's commit can cause.
 * Bcc recipients get it through the envelope only, never in a header.
 */
final class OutgoingMime {
    private static final String UTF8 = StandardCharsets.UTF_8.name();

    private OutgoingMime() {
    }

    static MimeMessage build(Session session, OutboxItem item, FileService files) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, item.messageId());
        message.setFrom(address(item.from()));
        message.setRecipients(MimeMessage.RecipientType.TO, addresses(item.to()));
        if (!item.cc().isEmpty()) {
            message.setRecipients(MimeMessage.RecipientType.CC, addresses(item.cc()));
        }
        if (item.replyTo() != null) {
            message.setReplyTo(new Address[] {address(item.replyTo())});
        }
        message.setSubject(item.subject(), UTF8);
        message.setSentDate(Date.from(item.queuedAt()));
        if (item.inReplyTo() != null) {
            message.setHeader("In-Reply-To", item.inReplyTo());
        }
        if (item.references() != null) {
            message.setHeader("References", item.references());
        }
        if (item.attachments().isEmpty() && item.html() == null) {
            message.setText(item.text(), UTF8);
        } else if (item.attachments().isEmpty()) {
            message.setContent(alternative(item));
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body(item));
            for (MailAttachment attachment : item.attachments()) {
                mixed.addBodyPart(attachment(attachment, files));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /** Everyone the message goes to: To, Cc and Bcc. */
    static Address[] envelope(OutboxItem item) throws MessagingException {
        List<MailAddress> all = new ArrayList<>(item.to());
        all.addAll(item.cc());
        all.addAll(item.bcc());
        return addresses(all);
    }

    private static MimeBodyPart body(OutboxItem item) throws MessagingException {
        MimeBodyPart body = new MimeBodyPart();
        if (item.html() == null) {
            body.setText(item.text(), UTF8);
        } else {
            body.setContent(alternative(item));
        }
        return body;
    }

    private static MimeMultipart alternative(OutboxItem item) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(item.text(), UTF8);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(item.html(), UTF8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }

    private static MimeBodyPart attachment(MailAttachment attachment, FileService files) throws MessagingException {
        byte[] bytes;
        try (InputStream in = files.open(attachment.fileId())) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new MessagingException("file " + attachment.fileId() + " (" + attachment.filename() + ") cannot be read", e);
        }
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, attachment.contentType())));
        try {
            part.setFileName(MimeUtility.encodeText(attachment.filename(), UTF8, null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static InternetAddress[] addresses(List<MailAddress> list) throws MessagingException {
        InternetAddress[] array = new InternetAddress[list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = address(list.get(i));
        }
        return array;
    }

    private static InternetAddress address(MailAddress address) throws MessagingException {
        try {
            return new InternetAddress(address.address(), address.name(), UTF8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** A message whose Message-ID stays the one given: Jakarta Mail would make up a new one on every save. */
    static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
