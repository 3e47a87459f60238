package dev.relacja.core.impl.records;

import dev.relacja.core.api.records.RecordResolver;
import java.util.Map;

/** The core's resolver registry with resolvers bound, as the whiteboard would bind it (its binder is package-private). */
public final class ResolversForTests {

    private ResolversForTests() {
    }

    public static RecordResolvers of(Map<String, RecordResolver> byType) {
        RecordResolvers resolvers = new RecordResolvers();
        byType.forEach((type, resolver) -> resolvers.addResolver(resolver, Map.of(RecordResolver.TYPES, type)));
        return resolvers;
    }
}
