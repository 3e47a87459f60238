package dev.relacja.mailbox.impl;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whiteboard services keyed by a record type in a service property; for a type the highest
 * {@code service.ranking} wins, then the lowest {@code service.id}, as OSGi orders services.
 */
public final class RankedProviders<T> {
    private record Entry<T>(T provider, String type, int ranking, long serviceId) {
    }

    private final String typeProperty;
    private final Map<T, Entry<T>> entries = new ConcurrentHashMap<>();

    public RankedProviders(String typeProperty) {
        this.typeProperty = typeProperty;
    }

    public void add(T provider, Map<String, ?> properties) {
        Object type = properties.get(typeProperty);
        if (type != null) {
            Object ranking = properties.get("service.ranking");
            Object id = properties.get("service.id");
            entries.put(provider, new Entry<>(provider, type.toString(), ranking instanceof Integer r ? r : 0,
                    id instanceof Long l ? l : Long.MAX_VALUE));
        }
    }

    public void remove(T provider) {
        entries.remove(provider);
    }

    public Set<String> types() {
        Set<String> types = new TreeSet<>();
        entries.values().forEach(e -> types.add(e.type()));
        return types;
    }

    public Optional<T> best(String type) {
        return entries.values().stream().filter(e -> e.type().equals(type))
                .min(Comparator.<Entry<T>>comparingInt(Entry::ranking).reversed().thenComparingLong(Entry::serviceId))
                .map(Entry::provider);
    }
}
