package dev.relacja.invoicing.impl.command;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.InvoiceRunService;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:invoice-run-list}: the recorded runs, newest first. */
@Service
@Command(scope = "crm", name = "invoice-run-list", description = "List cyclic invoicing runs, newest first")
public class InvoiceRunListCommand implements Action {
    @Reference
    InvoiceRunService runs;

    @Option(name = "--page", description = "Page number, from 0")
    int page;
    @Option(name = "--size", description = "Rows per page")
    int size = 20;

    @Override
    public Object execute() {
        Page<InvoiceRun> result = runs.list(new PageRequest(page, size));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Scheme");
        table.column("Up to");
        table.column("Trigger");
        table.column("Status");
        table.column("Started");
        table.column("Created").alignRight();
        table.column("Skipped").alignRight();
        table.column("Failed").alignRight();
        table.column("Gross").alignRight();
        for (InvoiceRun r : result.items()) {
            table.addRow().addContent(r.id(), r.schemeId() == null ? "all" : r.schemeId(), r.upTo(),
                    CatalogueValues.lower(r.mode()) + "/" + r.trigger().toLowerCase(Locale.ROOT), CatalogueValues.lower(r.status()),
                    r.startedAt(), r.created(), r.skipped(), r.failed(), r.gross().toPlainString());
        }
        table.print(System.out);
        System.out.printf("page %d, %d of %d%n", result.page(), result.items().size(), result.total());
        return null;
    }
}
