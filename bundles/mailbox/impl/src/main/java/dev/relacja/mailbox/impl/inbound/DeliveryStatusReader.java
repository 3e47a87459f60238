package dev.relacja.mailbox.impl.inbound;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the parts of a delivery status notification with Jakarta Mail's header parser: the
 * {@code message/delivery-status} body is a block of per-message fields and one block per recipient, each shaped
 * like a header block; the returned message (or its headers) carries the original Message-ID.
 */
final class DeliveryStatusReader {
    private static final int MAX_BLOCKS = 1000;

    private DeliveryStatusReader() {
    }

    /** The recipients whose {@code Action} is {@code failed}. */
    static List<DeliveryReport.Failure> failures(byte[] deliveryStatus) throws MessagingException {
        List<DeliveryReport.Failure> failures = new ArrayList<>();
        InputStream in = new ByteArrayInputStream(deliveryStatus);
        for (int block = 0; block < MAX_BLOCKS && available(in); block++) {
            InternetHeaders fields = new InternetHeaders(in);
            String action = fields.getHeader("Action", null);
            if (action != null && action.strip().toLowerCase(Locale.ROOT).startsWith("failed")) {
                failures.add(new DeliveryReport.Failure(address(fields.getHeader("Final-Recipient", null),
                        fields.getHeader("Original-Recipient", null)), oneLine(fields.getHeader("Status", null)),
                        oneLine(fields.getHeader("Diagnostic-Code", null))));
            }
        }
        return failures;
    }

    /** The returned message's headers. */
    static InternetHeaders returnedHeaders(byte[] returned) throws MessagingException {
        return new InternetHeaders(new ByteArrayInputStream(returned));
    }

    /** The address in a From header, or null when there is none or it is not one address. */
    static String address(String from) {
        if (from == null) {
            return null;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(from, false);
            return parsed.length == 1 ? parsed[0].getAddress() : null;
        } catch (AddressException e) {
            return null;
        }
    }

    private static boolean available(InputStream in) {
        return ((ByteArrayInputStream) in).available() > 0;
    }

    /** {@code rfc822; jan@acme.pl} → {@code jan@acme.pl}. */
    private static String address(String finalRecipient, String originalRecipient) {
        String field = finalRecipient != null ? finalRecipient : originalRecipient;
        if (field == null) {
            return "(recipient not named)";
        }
        int semicolon = field.indexOf(';');
        return field.substring(semicolon + 1).strip();
    }

    private static String oneLine(String value) {
        return value == null ? null : value.replaceAll("\\s+", " ").strip();
    }
}
