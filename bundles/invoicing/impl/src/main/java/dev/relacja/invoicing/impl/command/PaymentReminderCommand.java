package dev.relacja.invoicing.impl.command;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.invoicing.api.InvoicePrintouts;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/** {@code crm:payment-reminder}: prints a reminder of a counterparty's overdue invoices to a PDF file. */
@Service
@Command(scope = "crm", name = "payment-reminder",
        description = "Print a payment reminder (ponaglenie zapłaty) of a counterparty's overdue invoices to a PDF file")
public class PaymentReminderCommand implements Action {
    @Reference
    CounterpartyService counterparties;
    @Reference
    InvoicePrintouts printouts;

    @Argument(index = 0, name = "counterparty", required = true, description = "Code of the counterparty")
    String counterparty;
    @Option(name = "--as-of", description = "Overdue on this date, e.g. 2026-12-31 (default: today)")
    String asOf;
    @Option(name = "--file", required = true, description = "PDF file to write (on the server)")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        return PrintoutValues.write(file, printouts.paymentReminderPdf(
                PrintoutValues.counterpartyId(counterparties, counterparty), PrintoutValues.asOf(asOf)));
    }
}
