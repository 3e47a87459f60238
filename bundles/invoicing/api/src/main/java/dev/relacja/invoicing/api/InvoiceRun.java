package dev.relacja.invoicing.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A run as recorded: what was asked, by whom ({@code trigger} MANUAL or TIMER), how far it got and its totals
 * over the invoices it created; the entries ({@link InvoiceRunService#entries}) say what happened to each
 * participant and period.
 */
public record InvoiceRun(
        long id,
        Long schemeId,
        LocalDate upTo,
        RunMode mode,
        boolean printPdfs,
        RunStatus status,
        String trigger,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        int created,
        int skipped,
        int failed,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal gross,
        String message) {

    /** How long the run took, or has taken so far. */
    public Duration duration() {
        return Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt);
    }
}
