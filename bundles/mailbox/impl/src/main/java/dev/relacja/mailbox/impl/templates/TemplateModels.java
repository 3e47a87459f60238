package dev.relacja.mailbox.impl.templates;

import dev.relacja.documents.api.TemplateModelProvider;
import dev.relacja.mailbox.impl.RankedProviders;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The modules' {@link TemplateModelProvider}s by record type; on a clash the highest service.ranking wins. */
@Component(service = TemplateModels.class)
public class TemplateModels {
    private final RankedProviders<TemplateModelProvider> providers =
            new RankedProviders<>(TemplateModelProvider.RECORD_TYPE);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addProvider(TemplateModelProvider provider, Map<String, Object> properties) {
        providers.add(provider, properties);
    }

    public void removeProvider(TemplateModelProvider provider) {
        providers.remove(provider);
    }

    /** The record types some module gives placeholders for. */
    public Set<String> recordTypes() {
        return providers.types();
    }

    /** The best provider's model of the record; empty when no module answers for the type or there is no such record. */
    public Optional<Map<String, Object>> model(String recordType, long recordId) {
        return providers.best(recordType).flatMap(p -> p.model(recordId));
    }
}
