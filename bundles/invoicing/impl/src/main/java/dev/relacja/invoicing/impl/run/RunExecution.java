package dev.relacja.invoicing.impl.run;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.invoicing.api.CatalogueEvents;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceEvents;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.RunOutcome;
import dev.relacja.invoicing.api.RunStatus;
import dev.relacja.invoicing.impl.invoice.BatchInvoices;
import dev.relacja.invoicing.impl.invoice.InvoiceRecords;
import dev.relacja.invoicing.impl.run.RunPlanner.Action;
import dev.relacja.invoicing.impl.run.RunPlanner.Work;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries one run out, scheme by scheme, in chunks of participants, each prepared while the one before is written
 * ({@link ChunksAhead}): one transaction per chunk writes the
 * invoices, their billed-period rows, the report entries and the run's counts together, so after a crash the
 * run's record and the invoices agree and a restart resumes at the first unbilled period. A chunk that fails is
 * retried participant by participant; one that fails alone is reported and the run goes on.
 */
final class RunExecution {
    private static final Logger LOG = LoggerFactory.getLogger(RunExecution.class);
    static final int CHUNK_SIZE = 200;
    /** How often a participant retried alone is tried when the database reports a transient conflict. */
    static final int TRANSIENT_ATTEMPTS = 3;
    /** Chunks whose PDFs may still be unattached at any moment: the one rendering and the one just committed. */
    private static final int CHUNKS_IN_PRINT = 2;

    private final RunContext context;
    private final InvoiceRun run;
    private final RunPrinter printer;
    private final BooleanSupplier stopping;
    private int nextEntry;
    private BatchInvoices batch;
    /** The invoices the chunk being written issued, with their entry numbers: to print once committed. */
    private final List<RunPrinter.Printing> created = new ArrayList<>();
    private int unprinted;

    /** @param stopping says when the module is stopping: the run then ends after its current chunk */
    RunExecution(RunContext context, InvoiceRun run, BooleanSupplier stopping) {
        this.context = context;
        this.run = run;
        this.stopping = stopping;
        this.printer = run.printPdfs() ? context.printer() : null;
    }

    /**
     * Runs to the end. When the module stops meanwhile the run stays RUNNING to resume at the next start, also
     * when the stop broke its current chunk (which then rolled back).
     */
    void execute() {
        RunStore store = context.store();
        nextEntry = store.nextEntryNo(run.id());
        List<String> refused = new ArrayList<>();
        try (RunPrinter closing = printer) {
            try {
                if (printer != null) {
                    printMissed();
                }
                for (CyclicScheme scheme : context.schemesOf(run.schemeId())) {
                    try {
                        runScheme(scheme);
                    } catch (ValidationException e) {
                        // a misconfigured scheme is reported; the run goes on with the others
                        LOG.warn("Invoice run {}: scheme {} not run: {}", run.id(), scheme.name(), e.getMessage());
                        refused.add(e.getMessage());
                    }
                }
            } finally {
                // the last chunk's PDFs, also when the run stops or fails: its invoices are committed
                if (printer != null) {
                    report(printer.finish());
                }
            }
        } catch (Stopped e) {
            LOG.info("Invoice run {} stopped with the module; it resumes at the next start", run.id());
            return;
        } catch (RuntimeException e) {
            if (stopping.getAsBoolean()) {
                LOG.info("Invoice run {} stopped with the module ({}); it resumes at the next start", run.id(),
                        e.toString());
                return;
            }
            LOG.error("Invoice run {} failed", run.id(), e);
            store.finish(run.id(), RunStatus.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
            completed();
            return;
        }
        if (unprinted > 0) {
            refused.add(unprinted + " PDF(s) not printed; their invoices are issued (see the entries)");
        }
        store.finish(run.id(), RunStatus.COMPLETED, refused.isEmpty() ? null : String.join("; ", refused));
        completed();
    }

    private void runScheme(CyclicScheme scheme) {
        List<Work> plan = context.plan(scheme, run.upTo(), context.store().done(run.id(), scheme.id()));
        StepPreparer preparer = context.preparer(scheme, run.mode());
        batch = preparer.batch();
        try (ChunksAhead chunks = new ChunksAhead(plan, CHUNK_SIZE, preparer, run.id())) {
            while (chunks.hasNext()) {
                if (stopping.getAsBoolean()) {
                    throw new Stopped();
                }
                writeChunk(chunks.next());
            }
        }
    }

    private void writeChunk(List<RunStep> steps) {
        int first = nextEntry;
        nextEntry += steps.size();
        created.clear();
        try {
            context.store().inChunk(run.id(), em -> write(em, steps, first, false));
        } catch (RuntimeException chunkFailure) {
            LOG.debug("Chunk of run {} failed, retrying participant by participant", run.id(), chunkFailure);
            created.clear();
            for (int i = 0; i < steps.size(); i++) {
                writeAlone(steps.get(i), first + i);
            }
        }
        print();
    }

    private void print() {
        if (printer != null) {
            report(printer.printNext(List.copyOf(created)));
        }
    }

    /**
     * Prints what a crash left unprinted when a run resumes: the invoices of its last chunks that have no PDF yet
     * (a crash between a chunk's commit and its PDFs being attached). A new run finds none.
     */
    private void printMissed() {
        List<RunPrinter.Printing> missed = new ArrayList<>();
        for (RunStore.Created c : context.store().createdSince(run.id(), nextEntry - CHUNKS_IN_PRINT * CHUNK_SIZE)) {
            if (context.files().filesOf(new RecordRef(InvoiceRecords.INVOICE, c.invoiceId())).isEmpty()) {
                context.invoices().find(c.invoiceId()).filter(i -> i.number() != null)
                        .ifPresent(invoice -> missed.add(new RunPrinter.Printing(invoice, c.entryNo())));
            }
        }
        if (!missed.isEmpty()) {
            LOG.info("Invoice run {}: printing the {} PDF(s) it had not attached when it stopped", run.id(),
                    missed.size());
            report(printer.printNext(missed));
        }
    }

    private void report(Map<Integer, String> failedPrints) {
        failedPrints.forEach((entryNo, reason) -> {
            unprinted++;
            LOG.warn("Invoice run {}: entry {} {}", run.id(), entryNo, reason);
            context.store().annotate(run.id(), entryNo, reason);
        });
    }

    private void writeAlone(RunStep step, int entryNo) {
        int before = created.size();
        try {
            for (int attempt = 1;; attempt++) {
                try {
                    context.store().inChunk(run.id(), em -> write(em, List.of(step), entryNo, true));
                    return;
                } catch (RuntimeException e) {
                    created.subList(before, created.size()).clear();
                    if (attempt == TRANSIENT_ATTEMPTS || !transientConflict(e)) {
                        throw e;
                    }
                    sleep(attempt * 100L);
                }
            }
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            LOG.warn("Invoice run {}: participant {} period {} failed: {}", run.id(),
                    step.work().participant().counterpartyCode(), step.work().period().from(), reason);
            context.store().inChunk(run.id(), em -> {
                em.persist(new RunEntryEntity(run.id(), entryNo, step.entry(RunOutcome.FAILED, reason)));
                return step.tally(RunOutcome.FAILED);
            });
        }
    }

    /**
     * Writes steps in the given transaction, numbered from {@code firstEntry}: invoices with their lines, billed
     * periods and report entries, all flushed at once in JDBC batches. Retried alone, a step first looks for its
     * period among the billed ones: another run may have billed it meanwhile.
     */
    private ChunkTally write(EntityManager em, List<RunStep> steps, int firstEntry, boolean checkBilled) {
        ChunkTally tally = ChunkTally.NONE;
        Instant now = context.store().clock().instant();
        Map<Integer, BatchInvoices.Staged> invoices = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            RunStep step = steps.get(i);
            Optional<ChunkTally> withoutInvoice = writeWithoutInvoice(em, step, firstEntry + i, checkBilled);
            if (withoutInvoice.isPresent()) {
                tally = tally.plus(withoutInvoice.get());
                continue;
            }
            BatchInvoices.Staged staged = batch.stage(em, step.prepared(), now);
            invoices.put(firstEntry + i, staged);
            em.persist(billing(step, staged.id()));
            em.persist(new RunEntryEntity(run.id(), firstEntry + i,
                    step.entry(RunOutcome.CREATED, staged.id(), staged.number(), null)));
            tally = tally.plus(step.tally(RunOutcome.CREATED));
        }
        em.flush();
        invoices.forEach((entryNo, staged) -> {
            if (staged.number() != null) {
                Invoice invoice = staged.invoice();
                issued(invoice);
                created.add(new RunPrinter.Printing(invoice, entryNo));
            }
        });
        // the chunk is written: forgetting its rows keeps the persistence context from growing over the run
        em.clear();
        return tally;
    }

    /** Writes a step that bills nothing (already billed, deferred, skipped or failed); empty when it bills. */
    private Optional<ChunkTally> writeWithoutInvoice(EntityManager em, RunStep step, int entryNo,
            boolean checkBilled) {
        Work work = step.work();
        if (checkBilled && work.action() != Action.DEFER) {
            Long billedBy = context.store().billedBy(em, step.schemeId(), work.participant().id(), work.period().from());
            if (billedBy != null) {
                return Optional.of(entry(em, step, entryNo, RunOutcome.SKIPPED, "already billed by run " + billedBy));
            }
        }
        if (work.action() == Action.DEFER) {
            return Optional.of(entry(em, step, entryNo, RunOutcome.SKIPPED, work.reason()));
        }
        if (work.action() == Action.SKIP) {
            em.persist(billing(step, null));
            return Optional.of(entry(em, step, entryNo, RunOutcome.SKIPPED, work.reason()));
        }
        if (!step.bills()) {
            return Optional.of(entry(em, step, entryNo, RunOutcome.FAILED, step.failure()));
        }
        return Optional.empty();
    }

    private ChunkTally entry(EntityManager em, RunStep step, int entryNo, RunOutcome outcome, String reason) {
        em.persist(new RunEntryEntity(run.id(), entryNo, step.entry(outcome, reason)));
        return step.tally(outcome);
    }

    private BillingEntity billing(RunStep step, Long invoiceId) {
        Work work = step.work();
        return new BillingEntity(step.schemeId(), work.participant().id(), work.period().from(), work.period().to(),
                invoiceId, run.id());
    }

    private void issued(Invoice invoice) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(RelacjaEvents.ID, invoice.id());
        properties.put(RelacjaEvents.OPERATOR, run.startedBy());
        properties.put(InvoiceEvents.COUNTERPARTY_ID, invoice.counterpartyId());
        properties.put(InvoiceEvents.KIND, invoice.kind().name());
        properties.put(InvoiceEvents.NUMBER, invoice.number());
        context.events().publishAfterCommit(CatalogueEvents.MODULE, InvoiceEvents.ISSUED, properties);
    }

    private void completed() {
        InvoiceRun done = context.store().find(run.id());
        Map<String, Object> properties = new HashMap<>();
        properties.put(RelacjaEvents.ID, done.id());
        properties.put(RelacjaEvents.OPERATOR, done.startedBy());
        properties.put("status", done.status().name());
        properties.put("created", done.created());
        properties.put("skipped", done.skipped());
        properties.put("failed", done.failed());
        context.events().publishAfterCommit(CatalogueEvents.MODULE, InvoiceEvents.RUN_COMPLETED, properties);
    }

    /**
     * A lock timeout or deadlock (SQLState class 40): with another run writing the same scheme, Derby gives up
     * on a lock now and then, and on an identity value at once when two transactions want one together.
     * Trying the participant again a moment later is all it takes.
     */
    private static boolean transientConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        return root == e ? message : e.getClass().getSimpleName() + ": " + message;
    }

    /** Unwinds a run when the module stops. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
