package dev.relacja.contacts.impl.card;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.documents.api.TemplateModelProvider;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A counterparty's placeholders for e-mails about it: those of its card. */
@Component(property = {TemplateModelProvider.RECORD_TYPE + "=counterparty", "service.ranking:Integer=-1"})
public class CounterpartyModelProvider implements TemplateModelProvider {

    private final CounterpartyService counterparties;
    private final CounterpartyCard card;

    @Activate
    public CounterpartyModelProvider(@Reference CounterpartyService counterparties, @Reference CounterpartyCard card) {
        this.counterparties = counterparties;
        this.card = card;
    }

    @Override
    public Optional<Map<String, Object>> model(long counterpartyId) {
        return counterparties.find(counterpartyId).map(card::model);
    }
}
