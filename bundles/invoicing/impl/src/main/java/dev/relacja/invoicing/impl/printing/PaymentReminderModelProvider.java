package dev.relacja.invoicing.impl.printing;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.documents.api.TemplateModelProvider;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A payment reminder's placeholders (by counterparty id, as of today) for e-mails that send it: those of its printout. */
@Component(property = {TemplateModelProvider.RECORD_TYPE + "=payment-reminder", "service.ranking:Integer=-1"})
public class PaymentReminderModelProvider implements TemplateModelProvider {

    private final CounterpartyService counterparties;
    private final InvoicePrintoutsImpl printouts;

    @Activate
    public PaymentReminderModelProvider(@Reference CounterpartyService counterparties,
            @Reference InvoicePrintoutsImpl printouts) {
        this.counterparties = counterparties;
        this.printouts = printouts;
    }

    @Override
    public Optional<Map<String, Object>> model(long counterpartyId) {
        return counterparties.find(counterpartyId).map(found -> printouts.paymentReminderModel(counterpartyId, null));
    }
}
