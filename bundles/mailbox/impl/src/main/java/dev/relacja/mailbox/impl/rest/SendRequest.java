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

    /** The message, with what {@code composed} has where nothing is given (composed may be null). */
    OutgoingMail mail(ComposedMail composed) {
        return new OutgoingMail(account, to, cc, bcc, given(subject, composed == null ? null : composed.subject()),
                given(text, composed == null ? null : composed.text()),
                given(html, composed == null ? null : composed.html()), fileIds, records);
    }

    private static String given(String value, String composed) {
        return value == null || value.isBlank() ? composed : value;
    }
}
