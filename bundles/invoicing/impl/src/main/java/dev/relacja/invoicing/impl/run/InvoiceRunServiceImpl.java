package dev.relacja.invoicing.impl.run;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.numbering.NumberingService;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.InvoiceRunRequest;
import dev.relacja.invoicing.api.InvoiceRunService;
import dev.relacja.invoicing.api.InvoiceService;
import dev.relacja.invoicing.api.RunEntry;
import dev.relacja.invoicing.api.RunMode;
import dev.relacja.invoicing.api.RunOutcome;
import dev.relacja.invoicing.api.RunPreview;
import dev.relacja.invoicing.impl.cyclic.CyclicSchemeServiceImpl;
import dev.relacja.invoicing.impl.invoice.InvoiceSeries;
import dev.relacja.invoicing.impl.printing.InvoicePrintoutsImpl;
import java.math.BigDecimal;
import java.security.PrivilegedAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs of cyclic schemes. Background runs go one after another on the module's own thread; a run found
 * RUNNING when the module starts was cut off by a stop or a crash and is resumed on that thread, on behalf of
 * the operator who started it.
 */
@Component(service = {InvoiceRunService.class, InvoiceRunServiceImpl.class}, immediate = true)
public class InvoiceRunServiceImpl implements InvoiceRunService {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceRunServiceImpl.class);
    /** How many entries a preview lists; its counts and totals cover them all. */
    static final int PREVIEW_ENTRIES = 1000;
    static final String MANUAL = "MANUAL";

    private final RunContext context;
    private final CallerContext callers;
    private final ExecutorService background;
    /** Set when the module stops: runs end after their current chunk, left RUNNING to resume. */
    private volatile boolean stopping;
    /** Runs going on now, in the background or in callers' threads; guarded by this. */
    private int executing;

    @Activate
    public InvoiceRunServiceImpl(@Reference RunStore store, @Reference CyclicSchemeServiceImpl schemes,
            @Reference CounterpartyService counterparties, @Reference CatalogueService catalogue,
            @Reference CompanyProfileService company, @Reference NumberingService numbers,
            @Reference InvoiceSeries series, @Reference CallerContext callers, @Reference DomainEvents events,
            @Reference InvoicePrintoutsImpl printouts, @Reference FileService files,
            @Reference InvoiceService invoices) {
        this(new RunContext(store, schemes, schemes::allParticipants, counterparties, catalogue, company, numbers,
                series, events, printouts, files, invoices), callers);
        resumeInterrupted();
    }

    /** A service outside OSGi, e.g. in tests; nothing is resumed until {@link #resumeInterrupted()}. */
    InvoiceRunServiceImpl(RunContext context, CallerContext callers) {
        this.context = context;
        this.callers = callers;
        this.background = Executors.newSingleThreadExecutor(r -> new Thread(r, "relacja-invoice-runs"));
    }

    /**
     * Lets a run finish its current chunk rather than interrupting it: an interrupt in the middle of Derby's
     * I/O closes the connection, which would fail the run instead of leaving it to resume.
     */
    @Deactivate
    public void stop() throws InterruptedException {
        stopping = true;
        background.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (this) {
            while (executing > 0 && System.nanoTime() < deadline) {
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
            if (executing > 0) {
                LOG.warn("{} invoice run(s) did not stop within 60 s; they resume at the next start", executing);
            }
        }
        background.shutdownNow();
    }

    @Override
    public RunPreview preview(InvoiceRunRequest request) {
        callers.require(Role.OPERATOR);
        LocalDate upTo = upTo(request);
        int planned = 0;
        int skipped = 0;
        int failed = 0;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        List<RunEntry> entries = new ArrayList<>();
        for (CyclicScheme scheme : context.schemesOf(request.schemeId())) {
            StepPreparer preparer = context.preparer(scheme, request.mode());
            for (RunStep step : preparer.prepare(context.plan(scheme, upTo, RunPlanner.Done.NOTHING))) {
                RunEntry entry;
                if (step.bills()) {
                    planned++;
                    net = net.add(step.prepared().totals().net());
                    vat = vat.add(step.prepared().totals().vat());
                    gross = gross.add(step.prepared().totals().gross());
                    entry = step.entry(RunOutcome.PLANNED, null);
                } else if (step.failure() != null) {
                    failed++;
                    entry = step.entry(RunOutcome.FAILED, step.failure());
                } else {
                    skipped++;
                    entry = step.entry(RunOutcome.SKIPPED, step.work().reason());
                }
                if (entries.size() < PREVIEW_ENTRIES) {
                    entries.add(entry);
                }
            }
        }
        return new RunPreview(upTo, planned, skipped, failed, net, vat, gross, entries);
    }

    @Override
    public InvoiceRun start(InvoiceRunRequest request) {
        InvoiceRun run = open(request, MANUAL);
        Subject subject = subjectOf(run.startedBy());
        background.execute(() -> as(subject, () -> execute(run)));
        return run;
    }

    @Override
    public InvoiceRun run(InvoiceRunRequest request) {
        return run(request, MANUAL);
    }

    /** Runs in the caller's thread; {@code trigger} says what started it (MANUAL, TIMER). */
    public InvoiceRun run(InvoiceRunRequest request, String trigger) {
        InvoiceRun run = open(request, trigger);
        execute(run);
        return context.store().find(run.id());
    }

    @Override
    public Optional<InvoiceRun> find(long runId) {
        callers.require(Role.VIEWER);
        try {
            return Optional.of(context.store().find(runId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public Page<InvoiceRun> list(PageRequest page) {
        callers.require(Role.VIEWER);
        return context.store().list(page);
    }

    @Override
    public Page<RunEntry> entries(long runId, RunOutcome outcome, PageRequest page) {
        callers.require(Role.VIEWER);
        context.store().find(runId);
        return context.store().entries(runId, outcome, page);
    }

    /** Resumes the runs a stop or a crash cut off, in the background, in the order they started. */
    public void resumeInterrupted() {
        for (InvoiceRun run : context.store().running()) {
            LOG.info("Resuming invoice run {} started by {} at {}", run.id(), run.startedBy(), run.startedAt());
            Subject subject = subjectOf(run.startedBy());
            background.execute(() -> as(subject, () -> execute(run)));
        }
    }

    /** Carries a run out, counted so that a stopping module waits for it. */
    private void execute(InvoiceRun run) {
        synchronized (this) {
            executing++;
        }
        try {
            new RunExecution(context, run, () -> stopping).execute();
        } finally {
            synchronized (this) {
                executing--;
                notifyAll();
            }
        }
    }

    private InvoiceRun open(InvoiceRunRequest request, String trigger) {
        Caller caller = callers.require(Role.OPERATOR);
        if (stopping) {
            throw new ConflictException("schemeId", "the invoicing module is stopping; run again once it is back");
        }
        if (request == null) {
            throw new ValidationException("body", "send the run: schemeId (or none for all), upTo, dryRun, mode");
        }
        if (request.dryRun()) {
            throw new ValidationException("dryRun", "a dry run changes nothing and is not recorded; ask for a preview");
        }
        if (request.printPdfs() && request.mode() == RunMode.DRAFT) {
            throw new ValidationException("printPdfs", "drafts are printed once issued; print with mode ISSUE");
        }
        context.schemesOf(request.schemeId());
        context.series().ensureDefined();
        return context.store().open(request, upTo(request), trigger, caller.username());
    }

    /** Today by default; at most a year ahead, since runs issue invoices dated up to that day. */
    private LocalDate upTo(InvoiceRunRequest request) {
        LocalDate today = context.today();
        if (request == null || request.upTo() == null) {
            return today;
        }
        if (request.upTo().isAfter(today.plusYears(1))) {
            throw new ValidationException("upTo", "a run goes at most a year ahead (" + today.plusYears(1)
                    + "), not up to " + request.upTo());
        }
        return request.upTo();
    }

    @SuppressWarnings("removal") // Subject.doAs: Karaf 4.4's JAAS Subjects still travel this way on Java 17
    private static void as(Subject subject, Runnable work) {
        Subject.doAs(subject, (PrivilegedAction<Void>) () -> {
            work.run();
            return null;
        });
    }

    private static Subject subjectOf(String login) {
        return new Subject(true, Set.of(new UserPrincipal(login)), Set.of(), Set.of());
    }
}
