package dev.relacja.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One participant and period in a run's report or preview: the invoice made (its id and number, null for a
 * draft's number or a dry run), its totals, or why it was skipped or failed.
 */
public record RunEntry(
        long schemeId,
        long participantId,
        long counterpartyId,
        String counterpartyName,
        LocalDate periodFrom,
        LocalDate periodTo,
        RunOutcome outcome,
        Long invoiceId,
        String number,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal gross,
        String reason) {
}
