package dev.relacja.invoicing.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A counterparty taking part in a cyclic scheme: billed for the periods that start within
 * {@code from}..{@code until} (both optional, inclusive) and within the scheme's own active dates, with its
 * own quantities and prices per scheme line in {@code overrides}.
 */
public record ParticipantDraft(Long counterpartyId, LocalDate from, LocalDate until, List<ParticipantItem> overrides) {
}
