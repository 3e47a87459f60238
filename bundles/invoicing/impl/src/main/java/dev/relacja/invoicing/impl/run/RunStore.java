package dev.relacja.invoicing.impl.run;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.InvoiceRunRequest;
import dev.relacja.invoicing.api.RunEntry;
import dev.relacja.invoicing.api.RunOutcome;
import dev.relacja.invoicing.api.RunStatus;
import dev.relacja.invoicing.impl.persistence.InvoicingSchema;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs, their report entries and the billed periods in the database. */
@Component(service = RunStore.class)
public class RunStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public RunStore(@Reference(target = "(osgi.unit.name=relacja-invoicing)") JpaTemplate jpa,
            @Reference InvoicingSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private RunStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi, e.g. over a test database; DS uses the constructor above. */
    public static RunStore over(JpaTemplate jpa, Clock clock) {
        return new RunStore(jpa, clock);
    }

    Clock clock() {
        return clock;
    }

    /**
     * Records a new run. One at a time: two inserts at the same instant into a table with an identity column
     * can make Derby's identity generator give up at once with a lock timeout (seen with two runs started
     * together).
     */
    synchronized InvoiceRun open(InvoiceRunRequest request, LocalDate upTo, String trigger, String startedBy) {
        return jpa.txExpr(TransactionType.RequiresNew, em -> {
            InvoiceRunEntity run = new InvoiceRunEntity(request, upTo, trigger, startedBy, clock.instant());
            em.persist(run);
            em.flush();
            return run.toRun();
        });
    }

    /** Runs {@code work} in a new transaction that also adds what it tallied to the run's counts. */
    void inChunk(long runId, Function<EntityManager, ChunkTally> work) {
        jpa.tx(TransactionType.RequiresNew, em -> {
            ChunkTally tally = work.apply(em);
            current(em, runId).count(tally);
        });
    }

    void finish(long runId, RunStatus status, String message) {
        jpa.tx(TransactionType.RequiresNew, em -> current(em, runId).finish(status, message, clock.instant()));
    }

    /**
     * The run's row as the database has it, locked for the transaction: its counts must never be written from
     * a cached copy. After a crash the row can change behind the shared cache (a resumed run once found its
     * cached version behind and every later chunk failed its optimistic check).
     */
    private static InvoiceRunEntity current(EntityManager em, long runId) {
        return em.find(InvoiceRunEntity.class, runId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Adds a note to a report entry written before, e.g. that its invoice's PDF failed. */
    void annotate(long runId, int entryNo, String note) {
        jpa.tx(TransactionType.RequiresNew, em -> em.find(RunEntryEntity.class, new RunEntryEntity.Key(runId, entryNo))
                .note(note));
    }

    /** The periods already billed or skipped, per participant, of one scheme. */
    Map<Long, Set<LocalDate>> billed(long schemeId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, Set<LocalDate>> billed = new HashMap<>();
            List<?> rows = em.createNativeQuery(
                    "SELECT participant_id, period_from FROM invoicing_billing WHERE scheme_id = ?")
                    .setParameter(1, schemeId).getResultList();
            for (Object row : rows) {
                Object[] cells = (Object[]) row;
                billed.computeIfAbsent(((Number) cells[0]).longValue(), id -> new HashSet<>())
                        .add(((Date) cells[1]).toLocalDate());
            }
            return billed;
        });
    }

    /** What a run wrote before it was cut off: the participants it billed and every period it reported. */
    RunPlanner.Done done(long runId, long schemeId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<?> billedRows = em.createNativeQuery("SELECT DISTINCT participant_id FROM invoicing_billing"
                    + " WHERE run_id = ? AND scheme_id = ? AND invoice_id IS NOT NULL")
                    .setParameter(1, runId).setParameter(2, schemeId).getResultList();
            Set<Long> billed = new HashSet<>();
            billedRows.forEach(id -> billed.add(((Number) id).longValue()));
            Map<Long, Set<LocalDate>> reported = new HashMap<>();
            List<?> entryRows = em.createNativeQuery("SELECT participant_id, period_from FROM invoicing_run_entry"
                    + " WHERE run_id = ? AND scheme_id = ?").setParameter(1, runId).setParameter(2, schemeId)
                    .getResultList();
            for (Object row : entryRows) {
                Object[] cells = (Object[]) row;
                reported.computeIfAbsent(((Number) cells[0]).longValue(), id -> new HashSet<>())
                        .add(((Date) cells[1]).toLocalDate());
            }
            return new RunPlanner.Done(billed, reported);
        });
    }

    /** The run that billed or skipped a period, if one did. */
    Long billedBy(EntityManager em, long schemeId, long participantId, LocalDate periodFrom) {
        BillingEntity row = em.find(BillingEntity.class, new BillingEntity.Key(schemeId, participantId, periodFrom));
        return row == null ? null : row.runId();
    }

    /** The number the run's next report entry takes: after the last one, when a run resumes. */
    int nextEntryNo(long runId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Number last = (Number) em.createQuery("select max(e.entryNo) from RunEntryEntity e where e.runId = :run")
                    .setParameter("run", runId).getSingleResult();
            return last == null ? 1 : last.intValue() + 1;
        });
    }

    /** An entry that made an invoice. */
    record Created(int entryNo, long invoiceId) {
    }

    /** The run's entries from {@code fromEntry} on that made invoices, in order. */
    List<Created> createdSince(long runId, int fromEntry) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select e.entryNo, e.invoiceId from"
                        + " RunEntryEntity e where e.runId = :run and e.entryNo >= :from and e.invoiceId is not null"
                        + " order by e.entryNo", Object[].class)
                .setParameter("run", runId).setParameter("from", fromEntry).getResultList().stream()
                .map(row -> new Created(((Number) row[0]).intValue(), ((Number) row[1]).longValue())).toList());
    }

    InvoiceRun find(long runId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            InvoiceRunEntity run = em.find(InvoiceRunEntity.class, runId);
            if (run == null) {
                throw new NotFoundException("Invoice run", runId);
            }
            em.refresh(run);
            return run.toRun();
        });
    }

    /** Runs left RUNNING: interrupted by a stop or a crash. */
    List<InvoiceRun> running() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select r from InvoiceRunEntity r where r.status = 'RUNNING' order by r.id",
                        InvoiceRunEntity.class)
                .getResultList().stream().map(InvoiceRunEntity::toRun).toList());
    }

    Page<InvoiceRun> list(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<InvoiceRun> items = em.createQuery("select r from InvoiceRunEntity r order by r.id desc",
                    InvoiceRunEntity.class).setFirstResult(page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(InvoiceRunEntity::toRun).toList();
            long total = (Long) em.createQuery("select count(r) from InvoiceRunEntity r").getSingleResult();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    Page<RunEntry> entries(long runId, RunOutcome outcome, PageRequest page) {
        String filter = " where e.runId = :run" + (outcome == null ? "" : " and e.outcome = :outcome");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var items = em.createQuery("select e from RunEntryEntity e" + filter + " order by e.entryNo",
                    RunEntryEntity.class).setParameter("run", runId);
            var count = em.createQuery("select count(e) from RunEntryEntity e" + filter).setParameter("run", runId);
            if (outcome != null) {
                items.setParameter("outcome", outcome.name());
                count.setParameter("outcome", outcome.name());
            }
            List<RunEntry> entries = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(RunEntryEntity::toEntry).toList();
            return new Page<>(entries, page.page(), page.size(), (Long) count.getSingleResult());
        });
    }
}
