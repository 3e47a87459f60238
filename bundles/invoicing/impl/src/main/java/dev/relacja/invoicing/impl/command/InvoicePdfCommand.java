package dev.relacja.invoicing.impl.command;

import dev.relacja.invoicing.api.InvoicePrintouts;
import dev.relacja.invoicing.api.InvoiceService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/** {@code crm:invoice-pdf}: prints an invoice, by id or number, to a PDF file with its series' template. */
@Service
@Command(scope = "crm", name = "invoice-pdf", description = "Print an invoice to a PDF file")
public class InvoicePdfCommand implements Action {
    @Reference
    InvoiceService invoices;
    @Reference
    InvoicePrintouts printouts;

    @Argument(index = 0, name = "invoice", required = true, description = "Invoice id or number, e.g. 42 or FS/7/11/2026")
    String invoice;
    @Option(name = "--file", required = true, description = "PDF file to write (on the server)")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        return PrintoutValues.write(file, printouts.invoicePdf(InvoiceShowCommand.find(invoices, invoice).id()));
    }
}
