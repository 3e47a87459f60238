package dev.relacja.mailbox.api;

import dev.relacja.core.api.records.RecordRef;
import java.util.List;

/**
 * A message to send. Addresses may carry names ({@code Jan Nowak <jan@acme.pl>}); {@code text} is required,
 * {@code html} optional (sent as the alternative); {@code fileIds} are files already in the core's store;
 * {@code records} what it is about, so replies thread to them; the account's signature is appended.
 *
 * @param account the account to send from; null: the caller's only account
 */
public record OutgoingMail(String account, List<String> to, List<String> cc, List<String> bcc, String subject,
        String text, String html, List<Long> fileIds, List<RecordRef> records) {
    public OutgoingMail {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        bcc = bcc == null ? List.of() : List.copyOf(bcc);
        fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
        records = records == null ? List.of() : List.copyOf(records);
    }
}
