package dev.relacja.mailbox.api;

/**
 * Which template to compose a message from, in which language, about which record.
 *
 * @param recordId  the record of the template's record type; null for a template about no record
 * @param account   the account it will be sent from (its name and address as placeholders); null: the caller's only one
 * @param recipient the address it goes to, so {@code contact} names the contact person it belongs to; may be null
 */
public record ComposeRequest(String template, String language, Long recordId, String account, String recipient) {
}
