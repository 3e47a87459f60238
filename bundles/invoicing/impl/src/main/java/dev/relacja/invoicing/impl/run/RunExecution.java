package dev.relacja.invoicing.impl.run;

import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.invoicing.api.CatalogueEvents;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceEvents;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.RunOutcome;
import dev.relacja.invoicing.api.RunStatus;
import dev.relacja.invoicing.impl.invoice.BatchInvoices;
import dev.relacja.invoicing.impl.run.RunPlanner.Action;
import dev.relacja.invoicing.impl.run.RunPlanner.Work;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries one run out, scheme by scheme, in chunks of participants: one transaction per chunk writes the
 * invoices, their billed-period rows, the report entries and the run's counts together, so after a crash the
 * run's record and the invoices agree and a restart resumes at the first unbilled period. A chunk that fails is
 * retried participant by participant; one that fails alone is reported and the run goes on.
 */
final class RunExecution {
    private static final Logger LOG = LoggerFactory.getLogger(RunExecution.class);
    static final int CHUNK_SIZE = 200;

    private final RunContext context;
    private final InvoiceRun run;
    private final RunPrinter printer;
    private final BooleanSupplier stopping;
    private int nextEntry;
    private BatchInvoices batch;
    /** The invoices the chunk being written created, by id, with their entry numbers: to print once committed. */
    private final Map<Long, Integer> createdEntries = new HashMap<>();
    private final List<Invoice> created = new ArrayList<>();
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
        try (RunPrinter closing = printer) {
            for (CyclicScheme scheme : context.schemesOf(run.schemeId())) {
                runScheme(scheme);
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
        store.finish(run.id(), RunStatus.COMPLETED, unprinted == 0 ? null
                : unprinted + " PDF(s) not printed; their invoices are issued (see the entries)");
        completed();
    }

    private void runScheme(CyclicScheme scheme) {
        List<Work> plan = context.plan(scheme, run.upTo());
        StepPreparer preparer = context.preparer(scheme, run.mode());
        batch = preparer.batch();
        for (int from = 0; from < plan.size(); from += CHUNK_SIZE) {
            if (stopping.getAsBoolean()) {
                throw new Stopped();
            }
            List<RunStep> steps = plan.subList(from, Math.min(plan.size(), from + CHUNK_SIZE)).stream()
                    .map(preparer::prepare).toList();
            writeChunk(steps);
        }
    }

    private void writeChunk(List<RunStep> steps) {
        int first = nextEntry;
        nextEntry += steps.size();
        created.clear();
        createdEntries.clear();
        try {
            context.store().inChunk(run.id(), em -> {
                ChunkTally tally = ChunkTally.NONE;
                for (int i = 0; i < steps.size(); i++) {
                    tally = tally.plus(write(em, steps.get(i), first + i, false));
                }
                return tally;
            });
        } catch (RuntimeException chunkFailure) {
            LOG.debug("Chunk of run {} failed, retrying participant by participant", run.id(), chunkFailure);
            created.clear();
            createdEntries.clear();
            for (int i = 0; i < steps.size(); i++) {
                writeAlone(steps.get(i), first + i);
            }
        }
        print();
    }

    private void print() {
        if (printer == null || created.isEmpty()) {
            return;
        }
        printer.print(created).forEach((invoiceId, reason) -> {
            unprinted++;
            LOG.warn("Invoice run {}: invoice {} {}", run.id(), invoiceId, reason);
            context.store().annotate(run.id(), createdEntries.get(invoiceId), reason);
        });
    }

    private void writeAlone(RunStep step, int entryNo) {
        int before = created.size();
        try {
            context.store().inChunk(run.id(), em -> write(em, step, entryNo, true));
        } catch (RuntimeException e) {
            created.subList(before, created.size()).forEach(i -> createdEntries.remove(i.id()));
            created.subList(before, created.size()).clear();
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
     * Writes one step in the given transaction. Retried alone, a step first looks for its period among the
     * billed ones: another run may have billed it meanwhile.
     */
    private ChunkTally write(EntityManager em, RunStep step, int entryNo, boolean checkBilled) {
        Work work = step.work();
        if (checkBilled && work.action() != Action.DEFER) {
            Long billedBy = context.store().billedBy(em, step.schemeId(), work.participant().id(), work.period().from());
            if (billedBy != null) {
                return entry(em, step, entryNo, RunOutcome.SKIPPED, "already billed by run " + billedBy);
            }
        }
        if (work.action() == Action.DEFER) {
            return entry(em, step, entryNo, RunOutcome.SKIPPED, work.reason());
        }
        if (work.action() == Action.SKIP) {
            em.persist(billing(step, null));
            return entry(em, step, entryNo, RunOutcome.SKIPPED, work.reason());
        }
        if (!step.bills()) {
            return entry(em, step, entryNo, RunOutcome.FAILED, step.failure());
        }
        Invoice invoice = batch.write(em, step.prepared(), context.store().clock().instant());
        // the invoice is flushed (for its id) with the rows of the steps before it: forgetting them all keeps the
        // chunk's next flushes from comparing every row written so far, as EclipseLink without weaving does
        em.clear();
        em.persist(billing(step, invoice.id()));
        em.persist(new RunEntryEntity(run.id(), entryNo,
                step.entry(RunOutcome.CREATED, invoice.id(), invoice.number(), null)));
        if (invoice.number() != null) {
            issued(invoice);
            created.add(invoice);
            createdEntries.put(invoice.id(), entryNo);
        }
        return step.tally(RunOutcome.CREATED);
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
