package dev.relacja.mailbox.api;

/**
 * One record of a send job: whom it went to and how.
 *
 * @param recipient     the address it goes to; null when there was none
 * @param reason        why it was skipped or failed
 * @param messageId     the outbox message, once queued
 * @param messageStatus that message's status (SENT, FAILED, BOUNCED, …)
 */
public record SendJobItem(long id, long recordId, Long counterpartyId, String recipient, SendItemStatus status,
        String reason, Long messageId, MailStatus messageStatus) {
}
