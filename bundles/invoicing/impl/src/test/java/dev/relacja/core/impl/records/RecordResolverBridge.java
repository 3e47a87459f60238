package dev.relacja.core.impl.records;

import dev.relacja.core.api.records.RecordResolver;
import java.util.Map;

/**
 * The core's record resolvers outside OSGi, for the invoicing benchmark's real file service: only this package
 * reaches the DS bind method, so this bridge lives in it.
 */
public final class RecordResolverBridge {

    private RecordResolverBridge() {
    }

    /** Resolvers as DS would bind them, with {@code resolver} answering for {@code type}. */
    public static RecordResolvers of(String type, RecordResolver resolver) {
        RecordResolvers resolvers = new RecordResolvers();
        resolvers.addResolver(resolver, Map.of(RecordResolver.TYPES, type));
        return resolvers;
    }
}
