package dev.relacja.documents.impl;

import dev.relacja.documents.api.TemplateProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The registered {@link TemplateProvider}s and the names each offers. A name resolves to the provider
 * with the highest {@code service.ranking} (then the lowest {@code service.id}, as the OSGi registry
 * orders services) whose {@code open} returns the template.
 */
final class TemplateRegistry {

    static final String SERVICE_RANKING = "service.ranking";
    static final String SERVICE_ID = "service.id";
    private static final String FOLDER_WILDCARD = "/*";

    private static final Comparator<Registration> BEST_FIRST = Comparator
            .comparingInt(Registration::ranking).reversed()
            .thenComparingLong(Registration::serviceId);

    private final List<Registration> registrations = new CopyOnWriteArrayList<>();
    /** Stands in for service.id where there is none (providers registered by unit tests). */
    private final AtomicLong localIds = new AtomicLong(Long.MAX_VALUE / 2);

    /** A template's text as one provider supplied it; equal only when provider, name and text are. */
    record ProvidedTemplate(String name, long serviceId, String text) {
    }

    private record Registration(TemplateProvider provider, long serviceId, int ranking, Set<String> names) {

        /** Offered by name, or by a folder wildcard ({@code mail/templates/*}) covering it. */
        boolean offers(String name) {
            if (names.contains(name)) {
                return true;
            }
            for (String offered : names) {
                if (offered.endsWith(FOLDER_WILDCARD)
                        && name.startsWith(offered.substring(0, offered.length() - 1))) {
                    return true;
                }
            }
            return false;
        }
    }

    void add(TemplateProvider provider, Map<String, ?> properties) {
        registrations.add(new Registration(provider, serviceId(properties), ranking(properties), names(properties)));
    }

    void update(TemplateProvider provider, Map<String, ?> properties) {
        remove(provider);
        add(provider, properties);
    }

    void remove(TemplateProvider provider) {
        registrations.removeIf(r -> r.provider() == provider);
    }

    /** The template of that name from the best provider that has it. */
    Optional<ProvidedTemplate> find(String name) {
        List<Registration> candidates = new ArrayList<>();
        for (Registration registration : registrations) {
            if (registration.offers(name)) {
                candidates.add(registration);
            }
        }
        candidates.sort(BEST_FIRST);
        for (Registration candidate : candidates) {
            Optional<String> text = candidate.provider().open(name);
            if (text.isPresent()) {
                return Optional.of(new ProvidedTemplate(name, candidate.serviceId(), text.get()));
            }
        }
        return Optional.empty();
    }

    /** The names offered one by one; a folder wildcard names no template. */
    Set<String> names() {
        Set<String> names = new TreeSet<>();
        registrations.forEach(r -> r.names().stream().filter(n -> !n.endsWith(FOLDER_WILDCARD)).forEach(names::add));
        return names;
    }

    private long serviceId(Map<String, ?> properties) {
        Object id = properties.get(SERVICE_ID);
        return id instanceof Number number ? number.longValue() : localIds.incrementAndGet();
    }

    private static int ranking(Map<String, ?> properties) {
        // OSGi: a service.ranking that is not an Integer counts as 0
        Object ranking = properties.get(SERVICE_RANKING);
        return ranking instanceof Integer value ? value : 0;
    }

    private static Set<String> names(Map<String, ?> properties) {
        Object value = properties.get(TemplateProvider.TEMPLATE_NAMES);
        Collection<?> raw;
        if (value instanceof String[] array) {
            raw = Arrays.asList(array);
        } else if (value instanceof Collection<?> collection) {
            raw = collection;
        } else if (value != null) {
            raw = List.of(value);
        } else {
            raw = List.of();
        }
        Set<String> names = new TreeSet<>();
        for (Object name : raw) {
            String trimmed = String.valueOf(name).trim();
            // templates refer to each other with or without the leading slash
            names.add(trimmed.startsWith("/") ? trimmed.substring(1) : trimmed);
        }
        names.remove("");
        return Set.copyOf(names);
    }
}
