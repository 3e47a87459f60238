package dev.relacja.mailbox.impl.jobs;

import dev.relacja.documents.api.Printout;
import dev.relacja.documents.api.PrintoutProvider;
import dev.relacja.mailbox.impl.RankedProviders;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The modules' {@link PrintoutProvider}s by record type; on a clash the highest service.ranking wins. */
@Component(service = Printouts.class)
public class Printouts {
    private final RankedProviders<PrintoutProvider> providers = new RankedProviders<>(PrintoutProvider.RECORD_TYPE);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addProvider(PrintoutProvider provider, Map<String, Object> properties) {
        providers.add(provider, properties);
    }

    public void removeProvider(PrintoutProvider provider) {
        providers.remove(provider);
    }

    /** The record types some module prints for sending. */
    public Set<String> recordTypes() {
        return providers.types();
    }

    /** The record's printout; empty when no module prints the type or there is no such record. */
    public Optional<Printout> printout(String recordType, long recordId) {
        return providers.best(recordType).flatMap(p -> p.printout(recordId));
    }
}
