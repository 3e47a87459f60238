package dev.relacja.mailbox.impl.templates;

import dev.relacja.documents.api.TemplateModelProvider;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The modules' {@link TemplateModelProvider}s by record type; on a clash the highest service.ranking wins. */
@Component(service = TemplateModels.class)
public class TemplateModels {
    private record Entry(TemplateModelProvider provider, String recordType, int ranking, long serviceId) {
    }

    private static final Comparator<Entry> BEST_FIRST = Comparator.comparingInt(Entry::ranking).reversed()
            .thenComparingLong(Entry::serviceId);

    private final Map<TemplateModelProvider, Entry> entries = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addProvider(TemplateModelProvider provider, Map<String, Object> properties) {
        Object type = properties.get(TemplateModelProvider.RECORD_TYPE);
        if (type != null) {
            Object ranking = properties.get("service.ranking");
            Object id = properties.get("service.id");
            entries.put(provider, new Entry(provider, type.toString(), ranking instanceof Integer r ? r : 0,
                    id instanceof Long l ? l : Long.MAX_VALUE));
        }
    }

    public void removeProvider(TemplateModelProvider provider) {
        entries.remove(provider);
    }

    /** The record types some module gives placeholders for. */
    public Set<String> recordTypes() {
        Set<String> types = new TreeSet<>();
        entries.values().forEach(e -> types.add(e.recordType()));
        return types;
    }

    /** The best provider's model of the record; empty when no module answers for the type or there is no such record. */
    public Optional<Map<String, Object>> model(String recordType, long recordId) {
        return entries.values().stream().filter(e -> e.recordType().equals(recordType)).sorted(BEST_FIRST)
                .findFirst().flatMap(e -> e.provider().model(recordId));
    }
}
