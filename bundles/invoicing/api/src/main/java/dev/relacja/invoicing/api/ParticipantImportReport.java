package dev.relacja.invoicing.api;

import java.util.List;

/**
 * The outcome of a participants' CSV import: one row per data line, in file order. A failed row changed
 * nothing and says why; the others were stored.
 */
public record ParticipantImportReport(int created, int updated, int failed, List<Row> rows) {

    /** What happened to one CSV line ({@code line} counts from 1, the header being line 1). */
    public record Row(long line, String counterpartyCode, Outcome outcome, String message) {
    }

    public enum Outcome {
        CREATED, UPDATED, FAILED
    }
}
