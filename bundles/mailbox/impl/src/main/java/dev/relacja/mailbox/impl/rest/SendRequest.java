package dev.relacja.mailbox.impl.rest;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.ComposedMail;
import dev.relacja.mailbox.api.OutgoingMail;
import java.util.List;

/**
 * A message to send or a reply as REST takes it: {@link OutgoingMail}'s fields, and optionally a template to
 * compose the subject, text and HTML from where they are not given ({@code template}, {@code language},
 * {@code recordId}: the record of the template's type).
 */
public record SendRequest(String account, List<String> to, List<String> cc, List<String> bcc, String subject,
        String text, String html, List<Long> fileIds, List<RecordRef> records, String template, String language,
        Long recordId) {

    boolean templated() {
        return template != null && !template.isBlank();
    }

    String firstRecipient() {
        return to == null || to.isEmpty() ? null : to.get(0);
    }

    /**
     * The message, with {@code composed}'s subject where none is given and its bodies where neither text nor HTML
     * is (so an edited text never goes out beside the template's HTML); composed may be null.
     */
    OutgoingMail mail(ComposedMail composed) {
        boolean bodiesGiven = !blank(text) || !blank(html);
        return new OutgoingMail(account, to, cc, bcc,
                blank(subject) && composed != null ? composed.subject() : subject,
                bodiesGiven || composed == null ? text : composed.text(),
                bodiesGiven || composed == null ? html : composed.html(), fileIds, records);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
