package dev.relacja.mailbox.impl.inbound;

import java.util.List;

/**
 * What a delivery status notification (RFC 3464, {@code multipart/report; report-type=delivery-status}) says:
 * which message it is about and the recipients it could not be delivered to.
 *
 * @param originalMessageId the Message-ID of the returned message (or of its returned headers); null if absent
 * @param originalFrom      the address in that message's From; null if absent or unreadable
 */
public record DeliveryReport(String originalMessageId, String originalFrom, List<Failure> failures) {

    /** A recipient whose {@code Action} is {@code failed}: its address, status code and the server's words. */
    public record Failure(String recipient, String status, String diagnostic) {
        @Override
        public String toString() {
            return recipient + ": " + status + (diagnostic == null ? "" : " " + diagnostic);
        }
    }
}
