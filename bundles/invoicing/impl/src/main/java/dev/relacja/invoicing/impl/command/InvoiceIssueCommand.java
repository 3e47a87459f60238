package dev.relacja.invoicing.impl.command;

import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:invoice-issue}: numbers and freezes a draft invoice. */
@Service
@Command(scope = "crm", name = "invoice-issue", description = "Issue a draft invoice: give it its number and freeze it")
public class InvoiceIssueCommand implements Action {
    @Reference
    InvoiceService invoices;

    @Argument(index = 0, name = "id", required = true, description = "Id of the draft invoice")
    long id;

    @Override
    public Object execute() {
        Invoice issued = invoices.issue(id);
        System.out.printf("Issued #%d as %s: %s gross, due %s%n", issued.id(), issued.number(),
                issued.gross().toPlainString(), issued.dueDate());
        return null;
    }
}
