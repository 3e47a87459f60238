package dev.relacja.procedures.impl.persistence;

import java.time.LocalDate;

/** What a procedure row records at the start, but for its main task, which is created in the same transaction. */
public record ProcedureFields(StoredTemplate template, String title, long counterpartyId, long startedById,
        LocalDate startDate) {
}
