package dev.relacja.contacts.api;

/**
 * Whose e-mail address it is: a counterparty, and the contact person of it whose address it is, if it is one's.
 *
 * @param contactPersonId null when the address is the counterparty's own (or its billing address)
 */
public record EmailOwner(long counterpartyId, Long contactPersonId) {
}
