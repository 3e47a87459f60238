package dev.relacja.invoicing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored participant of a cyclic scheme, with the counterparty's code and name for lists. */
public record SchemeParticipant(
        long id,
        long schemeId,
        long counterpartyId,
        String counterpartyCode,
        String counterpartyName,
        LocalDate from,
        LocalDate until,
        List<ParticipantItem> overrides,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
