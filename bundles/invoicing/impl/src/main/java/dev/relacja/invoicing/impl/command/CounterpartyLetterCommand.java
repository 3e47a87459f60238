package dev.relacja.invoicing.impl.command;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.invoicing.api.InvoicePrintouts;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.completers.FileCompleter;

/**
 * A collection letter to one counterparty printed to a PDF file, what {@code crm:payment-reminder} and
 * {@code crm:balance-confirmation} share (Karaf reads the annotated fields of superclasses too).
 */
abstract class CounterpartyLetterCommand implements Action {
    @Reference
    CounterpartyService counterparties;
    @Reference
    InvoicePrintouts printouts;

    @Argument(index = 0, name = "counterparty", required = true, description = "Code of the counterparty")
    String counterparty;
    @Option(name = "--as-of", description = "The day the letter is about, e.g. 2026-12-31 (default: today)")
    String asOf;
    @Option(name = "--file", required = true, description = "PDF file to write (on the server)")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        return PrintoutValues.write(file, print(PrintoutValues.counterpartyId(counterparties, counterparty),
                PrintoutValues.asOf(asOf)));
    }

    /** The letter's PDF; {@code asOf} is null for today. */
    abstract byte[] print(long counterpartyId, LocalDate asOf);
}
