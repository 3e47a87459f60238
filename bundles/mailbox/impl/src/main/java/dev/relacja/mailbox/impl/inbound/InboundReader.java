package dev.relacja.mailbox.impl.inbound;

import dev.relacja.mailbox.api.MailAddress;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a received message from its raw bytes: strict where a mistake would mislead (addresses, MIME structure,
 * base64), tolerant where a person still gets the text (unknown charsets are read as UTF-8). The first plain and the
 * first HTML body that are not attachments are the message's text and HTML; every other leaf part is an attachment.
 */
public final class InboundReader {
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Session SESSION = Session.getInstance(strictMime());

    private InboundReader() {
    }

    private static Properties strictMime() {
        Properties p = new Properties();
        // a multipart that never opens is broken, not an empty message; bad base64 is an error, not silence
        p.setProperty("mail.mime.multipart.allowempty", "false");
        p.setProperty("mail.mime.base64.ignoreerrors", "false");
        // headers in raw UTF-8 (RFC 6532), as many clients now send them, rather than read as Latin-1
        p.setProperty("mail.mime.allowutf8", "true");
        return p;
    }

    public static ParsedMail read(byte[] raw) throws MalformedMailException {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Bodies bodies = new Bodies();
            walk(message, bodies, 0);
            List<String> references = new ArrayList<>(ids(message.getHeader("References", " ")));
            List<String> inReplyTo = ids(message.getHeader("In-Reply-To", " "));
            inReplyTo.stream().filter(id -> !references.contains(id)).forEach(references::add);
            List<MailAddress> from = addresses(message, "From");
            validate(from, "From");
            List<MailAddress> replyTo = addresses(message, "Reply-To");
            List<MailAddress> to = addresses(message, "To");
            List<MailAddress> cc = addresses(message, "Cc");
            Set<String> recipients = new LinkedHashSet<>();
            to.forEach(a -> recipients.add(a.address()));
            cc.forEach(a -> recipients.add(a.address()));
            addresses(message, "Delivered-To").forEach(a -> recipients.add(a.address()));
            addresses(message, "X-Original-To").forEach(a -> recipients.add(a.address()));
            List<String> ownIds = ids(message.getHeader("Message-ID", null));
            return new ParsedMail(ownIds.isEmpty() ? null : ownIds.get(0), inReplyTo.isEmpty() ? null : inReplyTo.get(0),
                    references, from.isEmpty() ? null : from.get(0), to, cc, replyTo.isEmpty() ? null : replyTo.get(0),
                    List.copyOf(recipients), message.getSubject(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    bodies.text, HtmlSanitizer.clean(bodies.html), bodies.attachments, bodies.report(contentType(message)));
        } catch (MessagingException | IOException e) {
            throw new MalformedMailException(reason(e), e);
        }
    }

    private static String reason(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof IOException ? "the content cannot be decoded: " + text : "not a readable MIME message: " + text;
    }

    private static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher m = MESSAGE_ID.matcher(header);
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    private static List<MailAddress> addresses(MimeMessage message, String header) throws MessagingException {
        String value = message.getHeader(header, ",");
        if (value == null || value.isBlank()) {
            return List.of();
        }
        try {
            List<MailAddress> list = new ArrayList<>();
            for (InternetAddress a : InternetAddress.parseHeader(value, false)) {
                if (a.getAddress() != null && !a.getAddress().isBlank()) {
                    list.add(new MailAddress(a.getAddress().strip(), a.getPersonal()));
                }
            }
            return list;
        } catch (AddressException e) {
            throw new MessagingException("its " + header + " header is not an address list (" + e.getMessage() + ")", e);
        }
    }

    /** The sender is what the message gets linked by: it must be a real address, where other lists may be loose. */
    private static void validate(List<MailAddress> addresses, String header) throws MessagingException {
        for (MailAddress address : addresses) {
            try {
                new InternetAddress(address.address(), true).validate();
            } catch (AddressException e) {
                throw new MessagingException("its " + header + " header is not an address ('" + address.address() + "')", e);
            }
        }
    }

    private static void walk(Part part, Bodies bodies, int depth) throws MessagingException, IOException {
        if (depth > 20) {
            throw new MessagingException("MIME parts are nested more than 20 deep");
        }
        ContentType type = contentType(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (type.match("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, bodies, depth + 1);
            }
        } else if (!attachment && type.match("text/plain") && bodies.text == null) {
            bodies.text = text(part, type);
        } else if (!attachment && type.match("text/html") && bodies.html == null) {
            bodies.html = text(part, type);
        } else if (depth > 0 || attachment) {
            if (type.match("message/delivery-status") && bodies.deliveryStatus == null) {
                bodies.deliveryStatus = bytes(part);
            } else if ((type.match("message/rfc822") || type.match("text/rfc822-headers"))
                    && bodies.returned == null) {
                bodies.returned = DeliveryStatusReader.returnedHeaders(bytes(part));
            }
            bodies.attachments.add(new ParsedMail.Part(filename(part, type, bodies.attachments.size() + 1),
                    type.getBaseType().toLowerCase(Locale.ROOT), bytes(part)));
        }
    }

    private static ContentType contentType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType() == null ? "text/plain" : part.getContentType());
        } catch (ParseException e) {
            throw new MessagingException("a part's Content-Type '" + part.getContentType() + "' cannot be parsed", e);
        }
    }

    private static String text(Part part, ContentType type) throws MessagingException, IOException {
        String charset = type.getParameter("charset");
        Charset decoding = StandardCharsets.UTF_8;
        if (charset != null) {
            try {
                decoding = Charset.forName(MimeUtility.javaCharset(charset.strip()));
            } catch (IllegalArgumentException unknownCharset) {
                // a person can still read most of it as UTF-8; refusing the whole message would lose it
            }
        }
        return new String(bytes(part), decoding);
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String filename(Part part, ContentType type, int position) throws MessagingException {
        String name = part.getFileName();
        if (name != null) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                // keep the encoded form: still a usable name
            }
            name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        }
        if (name == null || name.isEmpty()) {
            String subtype = type.getSubType() == null ? "bin" : type.getSubType().toLowerCase(Locale.ROOT);
            name = "attachment-" + position + "." + ("rfc822".equals(subtype) ? "eml" : subtype);
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    /** What a walk over the parts collects. */
    private static final class Bodies {
        String text;
        String html;
        final List<ParsedMail.Part> attachments = new ArrayList<>();
        byte[] deliveryStatus;
        InternetHeaders returned;

        /** The delivery report when the message is a DSN, else null. */
        DeliveryReport report(ContentType top) throws MessagingException {
            if (!top.match("multipart/report") || !"delivery-status".equalsIgnoreCase(top.getParameter("report-type"))
                    || deliveryStatus == null) {
                return null;
            }
            List<String> returnedId = ids(returned == null ? null : returned.getHeader("Message-ID", null));
            return new DeliveryReport(returnedId.isEmpty() ? null : returnedId.get(0),
                    returned == null ? null : DeliveryStatusReader.address(returned.getHeader("From", null)),
                    DeliveryStatusReader.failures(deliveryStatus));
        }
    }
}
