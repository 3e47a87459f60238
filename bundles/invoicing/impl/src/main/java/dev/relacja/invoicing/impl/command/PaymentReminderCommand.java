package dev.relacja.invoicing.impl.command;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:payment-reminder}: prints a reminder of a counterparty's overdue invoices to a PDF file. */
@Service
@Command(scope = "crm", name = "payment-reminder",
        description = "Print a payment reminder (ponaglenie zapłaty) of a counterparty's overdue invoices to a PDF file")
public class PaymentReminderCommand extends CounterpartyLetterCommand {

    @Override
    byte[] print(long counterpartyId, LocalDate asOf) {
        return printouts.paymentReminderPdf(counterpartyId, asOf);
    }
}
