package dev.relacja.procedures.impl.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A started procedure as stored, with the template's steps as they were when it started. */
public record StoredProcedure(long id, long templateId, String templateCode, long templateVersion, String title,
        long counterpartyId, long mainTaskId, long startedById, Instant startedAt, LocalDate startDate,
        List<StepDefinition> steps) {
    public StoredProcedure {
        steps = List.copyOf(steps);
    }
}
