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

/** {@code crm:balance-confirmation}: prints what a counterparty owed on a day, for it to confirm, to a PDF file. */
@Service
@Command(scope = "crm", name = "balance-confirmation",
        description = "Print a balance confirmation (potwierdzenie salda) of a counterparty to a PDF file")
public class BalanceConfirmationCommand implements Action {
    @Reference
    CounterpartyService counterparties;
    @Reference
    InvoicePrintouts printouts;

    @Argument(index = 0, name = "counterparty", required = true, description = "Code of the counterparty")
    String counterparty;
    @Option(name = "--as-of", description = "The balance on this date, e.g. 2026-12-31 (default: today)")
    String asOf;
    @Option(name = "--file", required = true, description = "PDF file to write (on the server)")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        return PrintoutValues.write(file, printouts.balanceConfirmationPdf(
                PrintoutValues.counterpartyId(counterparties, counterparty), PrintoutValues.asOf(asOf)));
    }
}
