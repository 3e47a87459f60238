package dev.relacja.mailbox.api;

import dev.relacja.core.api.records.RecordRef;
import java.util.List;

/**
 * A {@link MailClassifier}'s verdict: the records to file the message under, and why (for the audit entry).
 *
 * @param reason e.g. "support request: opened case 12"; may be null
 */
public record Classification(List<RecordRef> records, String reason) {
    /** Nothing to add. */
    public static final Classification NONE = new Classification(List.of(), null);

    public Classification {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
