package dev.relacja.mailbox.api;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A message template: a subject and a body per language, about one type of record whose placeholders it uses.
 *
 * @param code       its key, e.g. {@code invoice}: lowercase letters, digits and hyphens
 * @param recordType the record type whose placeholders it sees (e.g. {@code invoice}, {@code payment-reminder},
 *                   {@code counterparty}); null for a template about no record
 * @param builtIn    shipped with Relacja: admins may edit it but not delete it
 * @param version    grows with every change; an update names the version it changes
 * @param texts      by language ({@code en}, {@code pl}), in that order
 */
public record MailTemplate(String code, String name, String recordType, boolean builtIn, long version,
        Map<String, MailTemplateText> texts, Instant updatedAt) {
    public MailTemplate {
        texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }
}
