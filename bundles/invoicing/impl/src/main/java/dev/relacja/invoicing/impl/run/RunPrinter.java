package dev.relacja.invoicing.impl.run;

import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.files.NewFile;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.impl.invoice.InvoiceRecords;
import dev.relacja.invoicing.impl.printing.InvoicePrintoutsImpl;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Prints the invoices a run issued and attaches each PDF to its invoice. Rendering goes parallel over the cores
 * (an issued invoice needs no lookups to print) and overlaps the run: a chunk's PDFs render while the run writes
 * the next chunk, and are attached after that, on the run's thread, which acts as the run's operator. A PDF that
 * fails leaves its invoice issued and is reported.
 */
final class RunPrinter implements AutoCloseable {
    /** An issued invoice to print, with the number of the run entry that reports on it. */
    record Printing(Invoice invoice, int entryNo) {
    }

    private record Rendering(Printing printing, CompletableFuture<byte[]> pdf) {
    }

    private final InvoicePrintoutsImpl printouts;
    private final FileService files;
    private final ExecutorService renderers;
    private List<Rendering> rendering = List.of();

    RunPrinter(InvoicePrintoutsImpl printouts, FileService files, int threads) {
        this.printouts = printouts;
        this.files = files;
        this.renderers = Executors.newFixedThreadPool(threads, r -> new Thread(r, "relacja-invoice-run-pdf"));
    }

    /**
     * Starts rendering {@code batch}, then attaches the PDFs of the batch started before (rendered meanwhile);
     * answers why, per entry number, for those of that earlier batch whose PDF failed.
     */
    Map<Integer, String> printNext(List<Printing> batch) {
        List<Rendering> earlier = rendering;
        rendering = batch.stream()
                .map(p -> new Rendering(p, CompletableFuture.supplyAsync(() -> printouts.pdf(p.invoice()), renderers)))
                .toList();
        return attach(earlier);
    }

    /** Attaches the PDFs still rendering; answers the failures as {@link #printNext} does. */
    Map<Integer, String> finish() {
        List<Rendering> last = rendering;
        rendering = List.of();
        return attach(last);
    }

    /** Attaches the batch's PDFs in one transaction, or when that fails one by one, to tell which failed. */
    private Map<Integer, String> attach(List<Rendering> batch) {
        Map<Integer, String> failures = new LinkedHashMap<>();
        Map<Printing, byte[]> printed = new LinkedHashMap<>();
        for (Rendering r : batch) {
            try {
                printed.put(r.printing(), r.pdf().join());
            } catch (CompletionException e) {
                failures.put(r.printing().entryNo(), "PDF not printed: " + e.getCause().getMessage());
            }
        }
        if (printed.isEmpty()) {
            return failures;
        }
        try {
            files.attachAll(printed.entrySet().stream().map(p -> file(p.getKey().invoice(), p.getValue())).toList());
        } catch (RuntimeException batchFailure) {
            printed.forEach((printing, pdf) -> {
                try {
                    files.attachAll(List.of(file(printing.invoice(), pdf)));
                } catch (RuntimeException e) {
                    failures.put(printing.entryNo(), "PDF not attached: " + e.getMessage());
                }
            });
        }
        return failures;
    }

    private static NewFile file(Invoice invoice, byte[] pdf) {
        return new NewFile(new RecordRef(InvoiceRecords.INVOICE, invoice.id()),
                invoice.number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf", "application/pdf",
                new ByteArrayInputStream(pdf));
    }

    @Override
    public void close() {
        renderers.shutdownNow();
    }
}
