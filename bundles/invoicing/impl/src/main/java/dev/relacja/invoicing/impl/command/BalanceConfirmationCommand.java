package dev.relacja.invoicing.impl.command;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:balance-confirmation}: prints what a counterparty owed on a day, for it to confirm, to a PDF file. */
@Service
@Command(scope = "crm", name = "balance-confirmation",
        description = "Print a balance confirmation (potwierdzenie salda) of a counterparty to a PDF file")
public class BalanceConfirmationCommand extends CounterpartyLetterCommand {

    @Override
    byte[] print(long counterpartyId, LocalDate asOf) {
        return printouts.balanceConfirmationPdf(counterpartyId, asOf);
    }
}
