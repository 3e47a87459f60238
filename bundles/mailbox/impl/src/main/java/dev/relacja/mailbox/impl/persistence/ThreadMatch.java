package dev.relacja.mailbox.impl.persistence;

import dev.relacja.core.api.records.RecordRef;
import java.util.List;

/** The thread a received message belongs to, the records it is about and the counterparty it was with. */
public record ThreadMatch(long threadId, List<RecordRef> records, Long counterpartyId) {
}
