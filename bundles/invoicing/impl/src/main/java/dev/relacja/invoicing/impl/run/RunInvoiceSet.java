package dev.relacja.invoicing.impl.run;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordSetProvider;
import dev.relacja.invoicing.api.InvoiceRunService;
import dev.relacja.invoicing.api.RunEntry;
import dev.relacja.invoicing.api.RunOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The invoices an invoice run created, in the run's order: the group {@code invoice-run:<id>}, so the mailbox can
 * send a run's invoices as one serial job; also what the run's KSeF export takes.
 */
@Component(service = {RecordSetProvider.class, RunInvoiceSet.class},
        property = RecordSetProvider.TYPE + "=" + RunInvoiceSet.INVOICE_RUN)
public class RunInvoiceSet implements RecordSetProvider {
    static final String INVOICE_RUN = "invoice-run";
    private static final String INVOICE = "invoice";

    private final InvoiceRunService runs;

    @Activate
    public RunInvoiceSet(@Reference InvoiceRunService runs) {
        this.runs = runs;
    }

    @Override
    public Optional<List<RecordRef>> members(long runId) {
        if (runs.find(runId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(createdInvoices(runId).stream().map(id -> new RecordRef(INVOICE, id)).toList());
    }

    /** The ids of the invoices the run created (the caller may see the run). */
    public List<Long> createdInvoices(long runId) {
        List<Long> invoiceIds = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<RunEntry> created = runs.entries(runId, RunOutcome.CREATED, new PageRequest(page, PageRequest.MAX_SIZE));
            created.items().forEach(entry -> invoiceIds.add(entry.invoiceId()));
            if (created.items().size() < PageRequest.MAX_SIZE) {
                return invoiceIds;
            }
        }
    }
}
