package dev.relacja.mailbox.impl;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordResolver;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The modules' {@link RecordResolver}s by record type: whether a record exists (for the caller) and its title. */
@Component(service = RecordTitles.class)
public class RecordTitles {
    private final Map<String, RecordResolver> byType = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addResolver(RecordResolver resolver, Map<String, Object> properties) {
        types(properties.get(RecordResolver.TYPES)).forEach(type -> byType.put(type, resolver));
    }

    public void removeResolver(RecordResolver resolver) {
        byType.values().removeIf(r -> r == resolver);
    }

    /** The record's title when some module knows it and the caller may see it. */
    public Optional<String> title(RecordRef record) {
        RecordResolver resolver = byType.get(record.type());
        return resolver == null ? Optional.empty() : resolver.title(record);
    }

    private static List<String> types(Object property) {
        if (property instanceof String[] array) {
            return List.of(array);
        }
        if (property instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return property == null ? List.of() : List.of(property.toString());
    }
}
