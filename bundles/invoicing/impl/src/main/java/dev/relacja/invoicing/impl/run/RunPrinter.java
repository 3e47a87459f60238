package dev.relacja.invoicing.impl.run;

import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.impl.invoice.InvoiceRecords;
import dev.relacja.invoicing.impl.printing.InvoicePrintoutsImpl;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Prints the invoices a run issued and attaches each PDF to its invoice: rendering goes parallel over the
 * cores (an issued invoice needs no lookups to print), attaching stays on the run's thread, which acts as the
 * run's operator. A PDF that fails leaves its invoice issued and is reported.
 */
final class RunPrinter implements AutoCloseable {
    private final InvoicePrintoutsImpl printouts;
    private final FileService files;
    private final ExecutorService renderers;

    RunPrinter(InvoicePrintoutsImpl printouts, FileService files, int threads) {
        this.printouts = printouts;
        this.files = files;
        this.renderers = Executors.newFixedThreadPool(threads, r -> new Thread(r, "relacja-invoice-run-pdf"));
    }

    /** Prints and attaches; answers why, per invoice id, for those whose PDF failed. */
    Map<Long, String> print(List<Invoice> invoices) {
        List<CompletableFuture<byte[]>> pdfs = new ArrayList<>();
        for (Invoice invoice : invoices) {
            pdfs.add(CompletableFuture.supplyAsync(() -> printouts.pdf(invoice), renderers));
        }
        Map<Long, String> failures = new LinkedHashMap<>();
        for (int i = 0; i < invoices.size(); i++) {
            Invoice invoice = invoices.get(i);
            try {
                byte[] pdf = pdfs.get(i).join();
                files.attach(new RecordRef(InvoiceRecords.INVOICE, invoice.id()),
                        invoice.number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf", "application/pdf",
                        new ByteArrayInputStream(pdf));
            } catch (CompletionException e) {
                failures.put(invoice.id(), "PDF not printed: " + e.getCause().getMessage());
            } catch (RuntimeException e) {
                failures.put(invoice.id(), "PDF not attached: " + e.getMessage());
            }
        }
        return failures;
    }

    @Override
    public void close() {
        renderers.shutdownNow();
    }
}
