package dev.relacja.mailbox.api;

/**
 * One language of a message template, each part FreeMarker in the platform's engine.
 *
 * @param html optional: an HTML alternative to {@code text} (values HTML-escaped); null or blank for none
 */
public record MailTemplateText(String subject, String text, String html) {
}
