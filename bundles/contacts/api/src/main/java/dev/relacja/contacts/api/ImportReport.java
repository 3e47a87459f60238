package dev.relacja.contacts.api;

import java.util.List;

/**
 * What an import did: how many records it created or updated, and each record it refused with the
 * reasons. Refused records change nothing; accepted ones are stored even when others are refused.
 */
public record ImportReport(long created, long updated, List<RejectedRow> rejected) {
    public ImportReport {
        rejected = List.copyOf(rejected);
    }
}
