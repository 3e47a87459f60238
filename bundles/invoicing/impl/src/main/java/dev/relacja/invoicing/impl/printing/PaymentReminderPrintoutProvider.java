package dev.relacja.invoicing.impl.printing;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.documents.api.Printout;
import dev.relacja.documents.api.PrintoutProvider;
import dev.relacja.invoicing.api.InvoicePrintouts;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A payment reminder (by counterparty id, as of today) for sending to the counterparty; a conflict when nothing is overdue. */
@Component(property = {PrintoutProvider.RECORD_TYPE + "=payment-reminder", "service.ranking:Integer=-1"})
public class PaymentReminderPrintoutProvider implements PrintoutProvider {

    private final CounterpartyService counterparties;
    private final InvoicePrintouts printouts;

    @Activate
    public PaymentReminderPrintoutProvider(@Reference CounterpartyService counterparties, @Reference InvoicePrintouts printouts) {
        this.counterparties = counterparties;
        this.printouts = printouts;
    }

    @Override
    public Optional<Printout> printout(long counterpartyId) {
        return counterparties.find(counterpartyId).map(counterparty -> new Printout(
                "ponaglenie-" + counterparty.code().replaceAll("[^A-Za-z0-9_-]", "_") + ".pdf",
                printouts.paymentReminderPdf(counterpartyId, null), counterpartyId,
                "counterparty", counterpartyId));
    }
}
