package dev.relacja.offers.impl.rest;

/**
 * What {@code POST /offers/{id}/accept} takes: the revision the customer accepted (null: the latest) and their
 * reply e-mail in the mailbox (null when it did not come by mail).
 */
public record AcceptBody(Integer revision, Long replyMessageId) {
}
