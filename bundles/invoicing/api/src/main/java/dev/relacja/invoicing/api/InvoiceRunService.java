package dev.relacja.invoicing.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs of cyclic schemes: each makes the invoices due up to a date, at most one per (scheme, participant,
 * period) whatever happens (a re-run, two runs at once, a crash and restart: a database constraint holds the
 * line), in chunks of participants, one transaction each; a failing chunk is retried participant by
 * participant, so one bad participant is reported and the others are billed. Operators run; anyone signed in
 * reads the reports. Posts {@code dev/relacja/invoicing/RUN_COMPLETED} when a run ends.
 */
@ProviderType
public interface InvoiceRunService {

    /** What a run would make now, changing nothing. */
    RunPreview preview(InvoiceRunRequest request);

    /** Records a run and carries it out in the background; the answer is the run as it starts. */
    InvoiceRun start(InvoiceRunRequest request);

    /** Records a run and carries it out before answering. */
    InvoiceRun run(InvoiceRunRequest request);

    Optional<InvoiceRun> find(long runId);

    /** Runs, newest first. */
    Page<InvoiceRun> list(PageRequest page);

    /** A run's report entries, all or of one outcome, in the order they happened. */
    Page<RunEntry> entries(long runId, RunOutcome outcome, PageRequest page);
}
