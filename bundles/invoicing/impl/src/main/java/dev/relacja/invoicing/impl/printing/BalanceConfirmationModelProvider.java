package dev.relacja.invoicing.impl.printing;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.documents.api.TemplateModelProvider;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A balance confirmation's placeholders (by counterparty id, as of today) for e-mails that send it: those of its printout. */
@Component(property = {TemplateModelProvider.RECORD_TYPE + "=balance-confirmation", "service.ranking:Integer=-1"})
public class BalanceConfirmationModelProvider implements TemplateModelProvider {

    private final CounterpartyService counterparties;
    private final InvoicePrintoutsImpl printouts;

    @Activate
    public BalanceConfirmationModelProvider(@Reference CounterpartyService counterparties,
            @Reference InvoicePrintoutsImpl printouts) {
        this.counterparties = counterparties;
        this.printouts = printouts;
    }

    @Override
    public Optional<Map<String, Object>> model(long counterpartyId) {
        return counterparties.find(counterpartyId).map(found -> printouts.balanceConfirmationModel(counterpartyId, null));
    }
}
