package dev.relacja.invoicing.impl.command;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.InvoiceRunService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:invoice-run-show}: a run's summary and its skipped and failed entries, or all with {@code --all}. */
@Service
@Command(scope = "crm", name = "invoice-run-show", description = "Show a cyclic invoicing run's report")
public class InvoiceRunShowCommand implements Action {
    @Reference
    InvoiceRunService runs;

    @Argument(index = 0, name = "id", required = true, description = "The run's id")
    long id;
    @Option(name = "--all", description = "Every entry, created invoices too (a page of them)")
    boolean all;
    @Option(name = "--page", description = "Page of entries with --all, from 0")
    int page;

    @Override
    public Object execute() {
        InvoiceRun run = runs.find(id).orElseThrow(() -> new NotFoundException("Invoice run", id));
        RunReport.summary(run);
        RunReport.print(all ? runs.entries(id, null, new PageRequest(page, PageRequest.MAX_SIZE)).items()
                : RunReport.problems(runs, id));
        return null;
    }
}
