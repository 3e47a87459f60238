package dev.relacja.mailbox.impl.jobs;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordSetProvider;
import dev.relacja.mailbox.impl.RankedProviders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The modules' {@link RecordSetProvider}s by group type (e.g. {@code invoice-run}): what a send job may name whole. */
@Component(service = RecordSets.class)
public class RecordSets {
    private final RankedProviders<RecordSetProvider> providers = new RankedProviders<>(RecordSetProvider.TYPE);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addProvider(RecordSetProvider provider, Map<String, Object> properties) {
        providers.add(provider, properties);
    }

    public void removeProvider(RecordSetProvider provider) {
        providers.remove(provider);
    }

    public Set<String> types() {
        return providers.types();
    }

    /** The group's records; empty when no module lists the type or there is no such group the caller may see. */
    public Optional<List<RecordRef>> members(String type, long id) {
        return providers.best(type).flatMap(p -> p.members(id));
    }
}
