package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.invoicing.api.ParticipantItem;
import java.time.LocalDate;
import java.util.List;

/** A validated participant draft: the counterparty as found, and overrides by position with their scales set. */
record ParticipantFields(
        long counterpartyId,
        String counterpartyCode,
        String counterpartyName,
        LocalDate from,
        LocalDate until,
        List<ParticipantItem> overrides) {
}
