package dev.relacja.invoicing.impl.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.files.StoredFile;
import dev.relacja.core.api.numbering.NumberingService;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordResolver;
import dev.relacja.core.impl.DataDirectory;
import dev.relacja.core.impl.files.JpaFileService;
import dev.relacja.core.impl.numbering.JpaNumberingService;
import dev.relacja.core.impl.records.RecordResolverBridge;
import dev.relacja.documents.api.DocumentRenderer;
import dev.relacja.documents.impl.DocumentRendererImpl;
import dev.relacja.documents.impl.DocumentRenderers;
import dev.relacja.invoicing.api.BillingTiming;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueItemDraft;
import dev.relacja.invoicing.api.CatchUpPolicy;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.CyclicSchemeDraft;
import dev.relacja.invoicing.api.FrequencyUnit;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.InvoiceRunRequest;
import dev.relacja.invoicing.api.ItemKind;
import dev.relacja.invoicing.api.PaymentMethod;
import dev.relacja.invoicing.api.RunEntry;
import dev.relacja.invoicing.api.RunMode;
import dev.relacja.invoicing.api.RunOutcome;
import dev.relacja.invoicing.api.RunStatus;
import dev.relacja.invoicing.api.SchemeItem;
import dev.relacja.invoicing.impl.cyclic.CyclicSchemeServiceImpl;
import dev.relacja.invoicing.impl.cyclic.CyclicSchemeStore;
import dev.relacja.invoicing.impl.cyclic.SchemeFixture;
import dev.relacja.invoicing.impl.invoice.InvoiceRecords;
import dev.relacja.invoicing.impl.invoice.InvoiceSeries;
import dev.relacja.invoicing.impl.printing.InvoicePrintoutsImpl;
import dev.relacja.invoicing.impl.printing.InvoicingRenderers;
import dev.relacja.invoicing.impl.printing.PrintTemplates;
import dev.relacja.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 5: a monthly scheme of 100,000 participants with three lines each, run once without PDFs (run A) next to
 * the same rows inserted with raw JDBC batches (baseline B), and a run that prints (run C, a smaller scheme) next to
 * bare FOP typesetting the same XSL-FO with one reused factory on as many threads (baseline D). The run service is
 * built as DS builds it in Karaf (its {@code @Activate} constructor), over the real contacts, catalogue, numbering,
 * file and rendering services on Derby in memory, the services wrapped to time where the run spends its time.
 * Prints {@code BENCH …} lines; asserts only that results agree.
 *
 * <p>Runs only under the {@code bench} profile: {@code mvn -Pbench test -pl bundles/invoicing/api,bundles/invoicing/impl}.
 * Knobs (system properties): {@code relacja.bench.participants} (100000), {@code relacja.bench.pdfParticipants}
 * (2000), {@code relacja.bench.pdfWarmups} (as many as pdfParticipants: participants of an untimed printing run
 * before run C, whose documents bare FOP then typesets, also before run C). Before run A an untimed run over a tenth
 * as many participants warms the JIT up, as a tenth of the rows does before baseline B.
 */
@EnabledIfSystemProperty(named = "relacja.bench", matches = "true",
        disabledReason = "a benchmark, not a test: run it with mvn -Pbench test")
class InvoiceRunBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceRunBenchmark.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int PARTICIPANTS = Integer.getInteger("relacja.bench.participants", 100_000);
    private static final int PDF_PARTICIPANTS = Integer.getInteger("relacja.bench.pdfParticipants", 2_000);
    private static final int PDF_WARMUPS = Integer.getInteger("relacja.bench.pdfWarmups", PDF_PARTICIPANTS);
    /** The renderer's threads as DS configures it by default ({@code renderThreads}), and as the bridge builds it. */
    private static final int RENDER_THREADS = 2;
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
    private static final LocalDate UP_TO = LocalDate.of(2026, 10, 31);
    static {
        // as the distribution sets it in etc/custom.system.properties; Derby's default (1,000 pages) thrashes
        System.setProperty("derby.storage.pageCacheSize", "20000");
    }

    @TempDir
    Path dataDirectory;

    @Test
    void aRunOfAHundredThousandParticipantsNextToRawJdbcAndARunWithPdfsNextToBareFop() throws Exception {
        DocumentRendererImpl renderer = InvoicingRenderers.create();
        try (RunFixture fx = new RunFixture(Clock.fixed(NOW, ZoneId.of("Europe/Warsaw")))) {
            SchemeFixture schemes = fx.schemes;
            DataSource db = schemes.base.db.dataSource();
            long seedStart = System.nanoTime();
            int counterparties = Math.max(PARTICIPANTS, Math.max(PDF_PARTICIPANTS, PDF_WARMUPS));
            List<Long> counterpartyIds = BenchData.counterparties(db, counterparties, NOW);
            CatalogueItem internet = schemes.base.catalogue.create(new CatalogueItemDraft("INTERNET",
                    "Dostęp do internetu 300 Mb/s", ItemKind.SERVICE, "mies.", new BigDecimal("59.99"), null, "23", null,
                    null));
            CyclicScheme monthly = schemes.schemes.create(scheme("Abonament domowy", internet));
            BenchData.participants(db, monthly.id(), counterpartyIds, PARTICIPANTS, NOW);
            LOG.info(String.format(Locale.ROOT, "BENCH data: %,d counterparties (a third persons, the rest companies"
                    + " with NIPs), a monthly scheme of 3 lines with %,d participants (a quarter to a seventh with"
                    + " their own quantities or prices), seeded in %.1f s; Derby 10.14 in memory, pageCacheSize 20000,"
                    + " %d cores", counterparties, PARTICIPANTS, seconds(System.nanoTime() - seedStart),
                    Runtime.getRuntime().availableProcessors()));

            PhaseTimes phases = new PhaseTimes();
            AtomicInteger issuedEvents = new AtomicInteger();
            DomainEvents events = (module, event, properties) -> {
                if ("ISSUED".equals(event)) {
                    issuedEvents.incrementAndGet();
                }
            };
            // the run's store and the numbering service share a core transaction per chunk, as JTA has them in Karaf
            JpaTemplate core = schemes.base.db.jpa("relacja-core");
            NumberingService numbers = phases.timed(NumberingService.class,
                    new JpaNumberingService(core, schemes.base.callers, null), "numbering");
            InvoicePrintoutsImpl printouts = new InvoicePrintoutsImpl(schemes.base.invoices, schemes.base.store,
                    schemes.base.counterparties, schemes.base.company, schemes.base.callers,
                    phases.timed(DocumentRenderer.class, renderer, "renderer"), PrintTemplates.BUILT_IN, fx.clock());
            FileService files = fileService(schemes, events, phases);
            InvoiceSeries series = InvoiceSeries.of("FS", "PF", Set.of("FSB"), numbers);
            RunStore store = RunStore.over(phases.timed(JpaTemplate.class, new SpanningJpaTemplate(
                    schemes.base.db.jpa("relacja-invoicing"), core), "runStore"), fx.clock());
            CyclicSchemeServiceImpl schemeService = new CyclicSchemeServiceImpl(CyclicSchemeStore.over(phases.timed(
                    JpaTemplate.class, schemes.base.db.jpa("relacja-invoicing"), "schemeStore"), fx.clock()), series,
                    schemes.base.counterparties, schemes.base.catalogue, schemes.base.callers);
            InvoiceRunServiceImpl runs = new InvoiceRunServiceImpl(store, schemeService,
                    phases.timed(CounterpartyService.class, schemes.base.counterparties, "counterparties"),
                    schemes.base.catalogue, schemes.base.company, numbers, series, schemes.base.callers, events,
                    printouts, phases.timed(FileService.class, files, "files"), schemes.base.invoices);
            try {
                rehearse(fx, runs, internet, counterpartyIds, "Abonament – próba", Math.max(1, PARTICIPANTS / 10),
                        false);
                Timed<InvoiceRun> runA = runWithoutPdfs(fx, runs, monthly, phases, issuedEvents);
                RawTimes rawB = rawJdbc(db, runA.result().id());
                double slower = runA.took().seconds() / rawB.sameRows().seconds();
                double slowerThanInvoices = runA.took().seconds() / rawB.invoicesAndLines().seconds();
                LOG.info(String.format(Locale.ROOT, "BENCH run A / baseline B with the same rows (invoices, lines,"
                        + " billing rows, report entries, counts): %.2f (target: at most 2.0) %s; in CPU time of the"
                        + " thread doing the work (less sensitive to a busy machine): %.2f | run A / baseline B of the"
                        + " invoices and lines alone: %.2f (CPU %.2f)", slower, slower <= 2.0 ? "MET" : "MISSED",
                        runA.took().cpu() / rawB.sameRows().cpu(), slowerThanInvoices,
                        runA.took().cpu() / rawB.invoicesAndLines().cpu()));

                // one document alone first: FOP reads its configuration unsynchronised while the first parses it
                // (see BareFop)
                printouts.pdf(schemes.base.invoices.find(invoiceIds(db, "ORDER BY id FETCH FIRST 1 ROWS ONLY").get(0))
                        .orElseThrow());
                InvoiceRun printedRehearsal = rehearse(fx, runs, internet, counterpartyIds, "Abonament – próba z PDF",
                        PDF_WARMUPS, true);
                int threads = Math.min(Runtime.getRuntime().availableProcessors(), RENDER_THREADS);
                // bare FOP warms up here, before run C, not between C and D: FOP's code is shared by both sides, and
                // a warm-up after C gave D some 4,000 documents more of JIT than C had (see rehearse)
                BareFop fop = new BareFop();
                List<String> rehearsed = foOf(fx, renderer, createdInvoices(fx, printedRehearsal));
                onThreads(threads, rehearsed.size(), i -> fop.pages(rehearsed.get(i)));
                CyclicScheme printed = schemes.schemes.create(scheme("Abonament z fakturą PDF", internet));
                BenchData.participants(db, printed.id(), counterpartyIds, PDF_PARTICIPANTS, NOW);
                PrintedRun runC = runWithPdfs(fx, runs, printed, files, phases, threads);
                double pagesPerSecondD = bareFop(fx, renderer, fop, runC, threads);
                double ratio = runC.pagesPerSecond() / pagesPerSecondD;
                LOG.info(String.format(Locale.ROOT, "BENCH run C / baseline D (pages/s): %.0f %% (target: at least"
                        + " 90 %%) %s", 100 * ratio, ratio >= 0.9 ? "MET" : "MISSED"));
            } finally {
                runs.stop();
            }
        } finally {
            DocumentRenderers.shutdown(renderer);
        }
    }

    /** Wall-clock and CPU seconds of work done on the calling thread (Derby embedded works on its caller's). */
    private record Took(double seconds, double cpu) {

        static Took of(Work work) throws Exception {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            return new Took((System.nanoTime() - start) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Something done, and how long it took. */
    private record Timed<T>(T result, Took took) {
    }

    /** Run A. */
    private static Timed<InvoiceRun> runWithoutPdfs(RunFixture fx, InvoiceRunServiceImpl runs, CyclicScheme scheme,
            PhaseTimes phases, AtomicInteger issuedEvents) throws Exception {
        phases.reset();
        issuedEvents.set(0);
        InvoiceRun[] run = new InvoiceRun[1];
        Took took;
        RunMonitor monitor = new RunMonitor();
        try (monitor) {
            took = Took.of(() -> run[0] = runs.run(new InvoiceRunRequest(scheme.id(), UP_TO, false, RunMode.ISSUE,
                    false)));
        }
        assertEquals(RunStatus.COMPLETED, run[0].status(), run[0].toString());
        assertEquals(PARTICIPANTS, run[0].created(), run[0].toString());
        assertEquals(PARTICIPANTS, issuedEvents.get());
        DataSource db = fx.schemes.base.db.dataSource();
        String billed = " JOIN invoicing_billing b ON b.invoice_id = i.id WHERE b.run_id = " + run[0].id();
        assertEquals(PARTICIPANTS, count(db, "SELECT COUNT(*) FROM invoicing_invoice i" + billed));
        assertEquals(PARTICIPANTS, count(db, "SELECT COUNT(DISTINCT i.number) FROM invoicing_invoice i" + billed),
                "numbers unique");
        assertEquals(3L * PARTICIPANTS, count(db, "SELECT COUNT(*) FROM invoicing_invoice_line l"
                + " JOIN invoicing_invoice i ON i.id = l.invoice_id" + billed));
        LOG.info(String.format(Locale.ROOT, "BENCH run A (Relacja, no PDFs): %,d invoices (%,d lines) in %.1f s ="
                + " %,.0f invoices/s (CPU %.1f s), chunks of %d; %s", run[0].created(), 3 * run[0].created(),
                took.seconds(), run[0].created() / took.seconds(), took.cpu(), RunExecution.CHUNK_SIZE,
                monitor.heap()));
        LOG.info("BENCH run A phases (summed per method; numbering runs inside the chunks' transactions, runStore.tx): "
                + phases.summary() + " | CPU by thread: " + monitor.cpu());
        return new Timed<>(run[0], took);
    }

    /**
     * Baseline B: run A's invoice and line rows inserted again into fresh databases (same engine, settings and
     * schema), in chunks of the run's size (twice, the faster counts: the JIT keeps compiling Derby's insert path
     * well after the warm-up), then in one transaction, then with the run's billing rows, report entries and count
     * updates too: the same rows as the run writes, which the target is about.
     */
    private static RawTimes rawJdbc(DataSource runDb, long runId) throws Exception {
        // run A's invoices, one after another: the rehearsal's came before
        String ids = " BETWEEN " + count(runDb, "SELECT MIN(invoice_id) FROM invoicing_billing WHERE run_id = " + runId)
                + " AND " + count(runDb, "SELECT MAX(invoice_id) FROM invoicing_billing WHERE run_id = " + runId);
        RawInserts.Rows invoices = RawInserts.read(runDb, "invoicing_invoice", "WHERE id" + ids, "id");
        RawInserts.Rows lines = RawInserts.read(runDb, "invoicing_invoice_line", "WHERE invoice_id" + ids,
                "invoice_id, position");
        RawInserts.Rows billing = RawInserts.read(runDb, "invoicing_billing", "WHERE run_id = " + runId, "invoice_id");
        RawInserts.Rows entries = RawInserts.read(runDb, "invoicing_run_entry", "WHERE run_id = " + runId,
                "invoice_id");
        assertEquals(PARTICIPANTS, invoices.rows().size());
        List<RawInserts.Rows> referenced = List.of(RawInserts.read(runDb, "invoicing_item", "", "id"),
                RawInserts.read(runDb, "invoicing_run", "", "id"));

        // a tenth first, untimed, for the JIT: run A warmed JPA's path through Derby, not this one
        long warmUpTo = invoices.longAt(Math.max(0, invoices.rows().size() / 10 - 1), "id");
        RawInserts.Rows someInvoices = invoices.upTo("id", warmUpTo);
        RawInserts.Rows someLines = lines.upTo("invoice_id", warmUpTo);
        raw(referenced, db -> RawInserts.insert(db, someInvoices, List.of(someLines), RunExecution.CHUNK_SIZE, null),
                someInvoices.rows().size(), someLines.rows().size());
        Insert inChunks = db -> RawInserts.insert(db, invoices, List.of(lines), RunExecution.CHUNK_SIZE, null);
        Took first = raw(referenced, inChunks, invoices.rows().size(), lines.rows().size());
        Took second = raw(referenced, inChunks, invoices.rows().size(), lines.rows().size());
        Took chunked = faster(first, second);
        Took once = raw(referenced, db -> RawInserts.insert(db, invoices, List.of(lines), Integer.MAX_VALUE, null),
                invoices.rows().size(), lines.rows().size());
        Insert allRows = db -> RawInserts.insert(db, invoices, List.of(lines, billing, entries), RunExecution.CHUNK_SIZE,
                runId);
        Took everything = faster(raw(referenced, allRows, invoices.rows().size(), lines.rows().size()),
                raw(referenced, allRows, invoices.rows().size(), lines.rows().size()));
        int n = invoices.rows().size();
        LOG.info(String.format(Locale.ROOT, "BENCH baseline B (raw JDBC batches, a fresh database each, ids"
                + " included): %,d invoices + %,d lines committed every %d invoices in %.1f s = %,.0f invoices/s"
                + " (CPU %.1f s; the faster of %.1f s and %.1f s) | in one transaction %.1f s | every %d with the"
                + " run's %,d billing rows, %,d report entries and count updates too %.1f s (the faster of two)", n,
                lines.rows().size(), RunExecution.CHUNK_SIZE, chunked.seconds(), n / chunked.seconds(), chunked.cpu(), first.seconds(),
                second.seconds(), once.seconds(), RunExecution.CHUNK_SIZE, billing.rows().size(),
                entries.rows().size(), everything.seconds()));
        return new RawTimes(chunked, everything);
    }

    /** Baseline B's raw inserts of invoices and lines alone, and of every row the run writes. */
    private record RawTimes(Took invoicesAndLines, Took sameRows) {
    }

    private static Took faster(Took one, Took other) {
        return one.seconds() <= other.seconds() ? one : other;
    }

    private interface Insert {
        void into(DataSource db) throws SQLException;
    }

    /** One raw insert into a fresh database, checked to have written every row. */
    private static Took raw(List<RawInserts.Rows> referenced, Insert insert, int invoices, int lines)
            throws Exception {
        TestDatabase fresh = new TestDatabase().migrate("core").migrate("contacts").migrate("invoicing");
        try (fresh) {
            for (RawInserts.Rows rows : referenced) {
                RawInserts.copy(fresh.dataSource(), rows);
            }
            Took took = Took.of(() -> insert.into(fresh.dataSource()));
            assertEquals(invoices, count(fresh.dataSource(), "SELECT COUNT(*) FROM invoicing_invoice"));
            assertEquals(lines, count(fresh.dataSource(), "SELECT COUNT(*) FROM invoicing_invoice_line"));
            return took;
        } finally {
            drop(fresh);
        }
    }

    /** A database in memory outlives its shutdown until it is dropped; these would crowd run C's heap. */
    private static void drop(TestDatabase db) {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(db.dataSource().getDatabaseName());
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a dropped database as an SQLException (08006)
        }
    }

    /**
     * An untimed run over a scheme of its own before a measured one: the JIT compiles the run's code (FOP, FreeMarker
     * and the file service too when it prints) for a good while. After a printing rehearsal of 500 PDFs, JIT and GC
     * still took a fifth to a third of the CPU of a 2,000-PDF run C, against a twentieth in baseline D that follows.
     * Even after 2,000 to 6,000, C2 still compiles for the first time methods that run once a document (the C2
     * thresholds count thousands of calls, raised while the one C2 thread of a 2-core machine lags behind), so bare
     * FOP, whose code is FOP's too, warms up on the rehearsal's documents before run C rather than after it.
     */
    private static InvoiceRun rehearse(RunFixture fx, InvoiceRunServiceImpl runs, CatalogueItem internet,
            List<Long> counterpartyIds, String name, int participants, boolean printPdfs) throws SQLException {
        CyclicScheme rehearsal = fx.schemes.schemes.create(scheme(name, internet));
        BenchData.participants(fx.schemes.base.db.dataSource(), rehearsal.id(), counterpartyIds, participants, NOW);
        InvoiceRun run = runs.run(new InvoiceRunRequest(rehearsal.id(), UP_TO, false, RunMode.ISSUE, printPdfs));
        assertEquals(participants, run.created(), run.toString());
        return run;
    }

    /** The invoices a run created, in the order of its entries. */
    private static List<Invoice> createdInvoices(RunFixture fx, InvoiceRun run) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0;; page++) {
            List<RunEntry> entries = fx.store.entries(run.id(), RunOutcome.CREATED, new PageRequest(page, 500)).items();
            entries.forEach(entry -> ids.add(entry.invoiceId()));
            if (entries.size() < 500) {
                return invoices(fx, ids);
            }
        }
    }

    private static List<Invoice> invoices(RunFixture fx, List<Long> ids) {
        return ids.stream().map(id -> fx.schemes.base.invoices.find(id).orElseThrow()).toList();
    }

    /** What run C did: the invoices whose PDFs it attached, and their pages. */
    private record PrintedRun(List<Long> invoiceIds, int[] pages, double seconds) {
        int totalPages() {
            return java.util.Arrays.stream(pages).sum();
        }

        double pagesPerSecond() {
            return totalPages() / seconds;
        }
    }

    /** Run C: a run that prints, over the scheme of {@link #PDF_PARTICIPANTS}. */
    private static PrintedRun runWithPdfs(RunFixture fx, InvoiceRunServiceImpl runs, CyclicScheme scheme,
            FileService files, PhaseTimes phases, int threads) throws Exception {
        phases.reset();
        InvoiceRun run;
        long took;
        RunMonitor monitor = new RunMonitor();
        try (monitor) {
            long start = System.nanoTime();
            run = runs.run(new InvoiceRunRequest(scheme.id(), UP_TO, false, RunMode.ISSUE, true));
            took = System.nanoTime() - start;
        }
        assertEquals(RunStatus.COMPLETED, run.status(), run.toString());
        assertEquals(PDF_PARTICIPANTS, run.created(), run.toString());
        List<Long> ids = new ArrayList<>();
        List<String> notPrinted = new ArrayList<>();
        for (int page = 0;; page++) {
            List<RunEntry> entries = fx.store.entries(run.id(), RunOutcome.CREATED, new PageRequest(page, 500)).items();
            for (RunEntry entry : entries) {
                List<StoredFile> attached = files.filesOf(new RecordRef(InvoiceRecords.INVOICE, entry.invoiceId()));
                if (attached.isEmpty()) {
                    notPrinted.add(entry.invoiceId() + ": " + entry.reason());
                } else {
                    assertEquals(1, attached.size(), "one PDF attached to invoice " + entry.invoiceId());
                    ids.add(entry.invoiceId());
                }
            }
            if (entries.size() < 500) {
                break;
            }
        }
        // a PDF that failed leaves its invoice issued and is reported on its entry and in the run's message
        assertEquals(notPrinted.isEmpty(), run.message() == null, run.message() + " / " + notPrinted);
        if (!notPrinted.isEmpty()) {
            LOG.warn("BENCH run C: {} PDF(s) not printed (counted neither in C nor in D): {}", notPrinted.size(),
                    notPrinted.subList(0, Math.min(5, notPrinted.size())));
        }
        int[] pages = new int[ids.size()];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = pdfPages(files, files.filesOf(new RecordRef(InvoiceRecords.INVOICE, ids.get(i))).get(0));
        }
        PrintedRun printed = new PrintedRun(ids, pages, seconds(took));
        LOG.info(String.format(Locale.ROOT, "BENCH run C (Relacja, PDFs, %,d participants — a subset: 100,000 PDFs at"
                + " ~70/s would take ~25 min): %,d invoices in %.1f s = %,.1f invoices/s, %,d pages (PDFBox, every PDF"
                + " attached) = %,.1f pages/s; printer threads %d (cores), renderer threads %d; %s", PDF_PARTICIPANTS,
                run.created(), printed.seconds(), run.created() / printed.seconds(), printed.totalPages(),
                printed.pagesPerSecond(), Runtime.getRuntime().availableProcessors(), RENDER_THREADS, monitor.heap()));
        LOG.info("BENCH run C phases (summed per method and thread; renderer.renderPdf includes the wait for a"
                + " rendering thread, files.attach the invoice's title): " + phases.summary() + " | CPU by thread: "
                + monitor.cpu());
        return printed;
    }

    /**
     * Baseline D: the XSL-FO that the invoice template makes of run C's invoices (FreeMarker through the same
     * renderer, untimed), typeset by bare FOP, warmed up before run C, on {@code threads} threads. Answers pages per
     * second.
     */
    private static double bareFop(RunFixture fx, DocumentRenderer renderer, BareFop fop, PrintedRun runC,
            int threads) throws Exception {
        List<Invoice> invoices = invoices(fx, runC.invoiceIds());
        long templating = System.nanoTime();
        List<String> fos = foOf(fx, renderer, invoices);
        templating = System.nanoTime() - templating;
        int[] pages = new int[fos.size()];
        long start;
        double took;
        RunMonitor monitor = new RunMonitor();
        try (monitor) {
            start = System.nanoTime();
            onThreads(threads, fos.size(), i -> pages[i] = fop.pages(fos.get(i)));
            took = seconds(System.nanoTime() - start);
        }
        assertArrayEquals(runC.pages(), pages, "bare FOP typesets as many pages as the run's PDFs have");
        int total = java.util.Arrays.stream(pages).sum();
        LOG.info(String.format(Locale.ROOT, "BENCH baseline D (bare FOP, the same %,d XSL-FO documents, one reused"
                + " FopFactory, %d threads): %,d pages in %.1f s = %,.1f pages/s; for comparison, making their XSL-FO"
                + " (model and FreeMarker, on one thread, untimed in D) took %.1f ms a document; %s | CPU by thread:"
                + " %s", fos.size(), threads, total, took, total / took, templating / 1e6 / fos.size(), monitor.heap(),
                monitor.cpu()));
        return total / took;
    }

    /** The XSL-FO that the invoice template makes of each invoice, through the renderer's FreeMarker. */
    private static List<String> foOf(RunFixture fx, DocumentRenderer renderer, List<Invoice> invoices) {
        List<String> fos = new ArrayList<>();
        InvoicePrintoutsImpl printouts = new InvoicePrintoutsImpl(fx.schemes.base.invoices, fx.schemes.base.store,
                fx.schemes.base.counterparties, fx.schemes.base.company, fx.schemes.base.callers,
                foCapturing(renderer, fos), PrintTemplates.BUILT_IN, fx.clock());
        invoices.forEach(printouts::pdf);
        return fos;
    }

    /** A renderer that keeps the XSL-FO an FO template makes and typesets nothing. */
    private static DocumentRenderer foCapturing(DocumentRenderer renderer, List<String> fos) {
        return new DocumentRenderer() {
            @Override
            public byte[] renderPdf(String templateName, Map<String, Object> model) {
                fos.add(renderer.renderText(templateName, model));
                return new byte[0];
            }

            @Override
            public String renderText(String templateName, Map<String, Object> model) {
                return renderer.renderText(templateName, model);
            }

            @Override
            public void check(String templateName) {
                renderer.check(templateName);
            }

            @Override
            public Set<String> templateNames() {
                return renderer.templateNames();
            }
        };
    }

    /** Calls {@code work} for 0..count-1 on {@code threads} threads and waits for all. */
    private static void onThreads(int threads, int count, IntUnaryOperator work) throws Exception {
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                r -> new Thread(r, "bench-worker-" + named.incrementAndGet()));
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(pool.submit(() -> work.applyAsInt(index)));
            }
            for (Future<Integer> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The core's real file service outside OSGi: its data directory under a temporary folder, invoices vouched
     * for by the invoicing module's resolver; no transaction registry (only detaching needs it) and no schema
     * marker (the fixture migrated the core's tables).
     */
    private FileService fileService(SchemeFixture schemes, DomainEvents events, PhaseTimes phases) {
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> method.getName().equals("getProperty")
                        && "relacja.data".equals(args[0]) ? dataDirectory.toString() : null);
        JpaFileService.Config config = new JpaFileService.Config() {
            @Override
            public int maxMegabytes() {
                return 50;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return JpaFileService.Config.class;
            }
        };
        RecordResolver invoices = phases.timed(RecordResolver.class, new InvoiceRecords(schemes.base.store),
                "invoiceRecords");
        return new JpaFileService(schemes.base.db.jpa("relacja-core"), schemes.base.callers,
                RecordResolverBridge.of(InvoiceRecords.INVOICE, invoices), events, null, new DataDirectory(context),
                null, config);
    }

    private static int pdfPages(FileService files, StoredFile file) {
        try (InputStream in = files.open(file.id()); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Monthly from October 2026, issued on the 1st, due in 14 days: a catalogue item and two lines of its own. */
    private static CyclicSchemeDraft scheme(String name, CatalogueItem internet) {
        return new CyclicSchemeDraft(name, InvoiceKind.SALES, null, 1, FrequencyUnit.MONTHS, BillingTiming.IN_ADVANCE,
                "1", 14, OCTOBER, null, PaymentMethod.TRANSFER, false, "Dziękujemy za terminową płatność.",
                CatchUpPolicy.ISSUE_ALL, List.of(
                        new SchemeItem(0, internet.id(), null, null, BigDecimal.ONE, null, null),
                        new SchemeItem(0, null, "Dzierżawa routera Wi-Fi", "szt.", BigDecimal.ONE,
                                new BigDecimal("5.00"), "23"),
                        new SchemeItem(0, null, "Telewizja – pakiet podstawowy", "mies.", BigDecimal.ONE,
                                new BigDecimal("29.90"), "8")));
    }

    private static List<Long> invoiceIds(DataSource db, String orderAndLimit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement statement = c.createStatement();
                ResultSet result = statement.executeQuery("SELECT id FROM invoicing_invoice " + orderAndLimit)) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        return ids;
    }

    private static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement statement = c.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
