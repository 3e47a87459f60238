package dev.relacja.core.impl.records;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordResolver;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The record types the installed modules vouch for; the highest-ranked resolver of a type answers. */
@Component(service = RecordResolvers.class)
public class RecordResolvers {
    private record Ranked(RecordResolver resolver, int ranking) {
    }

    private final Map<String, List<Ranked>> byType = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResolver(RecordResolver resolver, Map<String, Object> properties) {
        int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        for (String type : types(properties)) {
            List<Ranked> list = byType.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>());
            list.add(new Ranked(resolver, ranking));
            list.sort(Comparator.comparingInt(Ranked::ranking).reversed());
        }
    }

    void removeResolver(RecordResolver resolver, Map<String, Object> properties) {
        for (String type : types(properties)) {
            List<Ranked> list = byType.get(type);
            if (list != null) {
                list.removeIf(r -> r.resolver() == resolver);
            }
        }
    }

    /** The record's title; refuses unknown types and records that do not exist. */
    public String requireTitle(RecordRef record) {
        return title(record).orElseThrow(() -> new NotFoundException(record.type(), record.id()));
    }

    /** The record's title, or empty if it does not exist (any more); refuses unknown types. */
    public Optional<String> title(RecordRef record) {
        List<Ranked> resolvers = byType.get(record.type());
        if (resolvers == null || resolvers.isEmpty()) {
            throw new ValidationException("type", "no installed module keeps records of type " + record.type());
        }
        return resolvers.get(0).resolver().title(record);
    }

    private static List<String> types(Map<String, Object> properties) {
        Object value = properties.get(RecordResolver.TYPES);
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof String[] array) {
            return List.of(array);
        }
        return value instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
    }
}
