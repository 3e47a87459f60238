package dev.relacja.core.impl.records;

import dev.relacja.core.api.records.RecordResolver;
import java.util.Map;

/** The record resolvers as DS binds them, for the core's tests outside OSGi (the bind method is package-private). */
public final class ResolversForTests {

    private ResolversForTests() {
    }

    public static RecordResolvers of(String type, RecordResolver resolver) {
        RecordResolvers resolvers = new RecordResolvers();
        resolvers.addResolver(resolver, Map.of(RecordResolver.TYPES, type));
        return resolvers;
    }
}
