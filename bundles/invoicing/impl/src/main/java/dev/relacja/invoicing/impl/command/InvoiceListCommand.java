package dev.relacja.invoicing.impl.command;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceQuery;
import dev.relacja.invoicing.api.InvoiceService;
import dev.relacja.invoicing.api.InvoiceStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:invoice-list}: search invoices, newest first. */
@Service
@Command(scope = "crm", name = "invoice-list", description = "List or search invoices")
public class InvoiceListCommand implements Action {
    @Reference
    InvoiceService invoices;

    @Argument(index = 0, name = "text", description = "Text in the number or the buyer's name")
    String text;
    @Option(name = "--counterparty", description = "Only this counterparty's invoices (its id)")
    Long counterparty;
    @Option(name = "--status", description = "draft, issued, sent, paid or cancelled")
    String status;
    @Option(name = "--kind", description = "sales or pro_forma")
    String kind;
    @Option(name = "--page", description = "Page number, from 0")
    int page;
    @Option(name = "--size", description = "Rows per page")
    int size = 50;

    @Override
    public Object execute() {
        InvoiceQuery query = new InvoiceQuery(counterparty, CatalogueValues.choice(InvoiceStatus.class, "status", status),
                CatalogueValues.choice(InvoiceKind.class, "kind", kind), null, null, text);
        Page<Invoice> result = invoices.search(query, new PageRequest(page, size));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Number");
        table.column("Kind");
        table.column("Status");
        table.column("Issued");
        table.column("Due");
        table.column("Buyer").maxSize(40);
        table.column("Gross").alignRight();
        table.column("Paid").alignRight();
        for (Invoice i : result.items()) {
            table.addRow().addContent(i.id(), CatalogueValues.orBlank(i.number()), CatalogueValues.lower(i.kind()),
                    CatalogueValues.lower(i.status()), i.issueDate(), i.dueDate(),
                    i.buyer() == null ? "#" + i.counterpartyId() : i.buyer().name(), i.gross().toPlainString(),
                    i.paid().toPlainString());
        }
        table.print(System.out);
        System.out.printf("page %d, %d of %d%n", result.page(), result.items().size(), result.total());
        return null;
    }
}
