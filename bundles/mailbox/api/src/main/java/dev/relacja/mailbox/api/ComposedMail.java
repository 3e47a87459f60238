package dev.relacja.mailbox.api;

/**
 * A message composed from a template, before the account's signature is appended at sending.
 *
 * @param html null when the template has no HTML part
 */
public record ComposedMail(String subject, String text, String html) {
}
