package dev.relacja.invoicing.impl.run;

import dev.relacja.invoicing.api.RunEntry;
import dev.relacja.invoicing.api.RunOutcome;
import dev.relacja.invoicing.impl.invoice.BatchInvoices;
import dev.relacja.invoicing.impl.run.RunPlanner.Action;
import dev.relacja.invoicing.impl.run.RunPlanner.Work;
import java.math.BigDecimal;

/**
 * One planned piece of work made ready outside any transaction: the checked invoice to write, or why it
 * cannot be made, and the name the report shows.
 */
record RunStep(long schemeId, Work work, String counterpartyName, BatchInvoices.Prepared prepared, String failure) {

    boolean bills() {
        return work.action() == Action.BILL && prepared != null;
    }

    /** The report entry of this step, before anything is written (the dry run's, or a skip's, or a failure's). */
    RunEntry entry(RunOutcome outcome, String reason) {
        return entry(outcome, null, null, reason);
    }

    RunEntry entry(RunOutcome outcome, Long invoiceId, String number, String reason) {
        boolean amounts = prepared != null && (outcome == RunOutcome.CREATED || outcome == RunOutcome.PLANNED);
        return new RunEntry(schemeId, work.participant().id(), work.participant().counterpartyId(), counterpartyName,
                work.period().from(), work.period().to(), outcome, invoiceId, number,
                amounts ? prepared.totals().net() : null, amounts ? prepared.totals().vat() : null,
                amounts ? prepared.totals().gross() : null, reason);
    }

    /** What this step adds to the run's counts when its outcome is {@code outcome}. */
    ChunkTally tally(RunOutcome outcome) {
        return switch (outcome) {
            case CREATED -> new ChunkTally(1, 0, 0, prepared.totals().net(), prepared.totals().vat(),
                    prepared.totals().gross());
            case SKIPPED -> new ChunkTally(0, 1, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
            case FAILED -> new ChunkTally(0, 0, 1, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
            case PLANNED -> ChunkTally.NONE;
        };
    }
}
