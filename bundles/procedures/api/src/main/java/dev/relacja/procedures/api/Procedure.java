package dev.relacja.procedures.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A procedure started for a counterparty: its main task ({@code mainTaskId}, with one sub-task per step)
 * carries the work. The template's code and version are those it was started from; {@code percentDone} and
 * {@code status} ({@code OPEN} or {@code DONE}) are the main task's at the time of reading.
 */
public record Procedure(
        long id,
        long templateId,
        String templateCode,
        long templateVersion,
        String title,
        long counterpartyId,
        long mainTaskId,
        String startedBy,
        Instant startedAt,
        LocalDate startDate,
        int percentDone,
        String status) {
}
