package dev.relacja.core.api.records;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by each module for the record types it owns, registered as a DS component with the
 * service property {@value #TYPES} listing them. The core asks it whether a record exists before it
 * links or attaches anything to it, and for a title to show beside the link.
 */
@ConsumerType
public interface RecordResolver {
    /** Service property: the record types this resolver answers for. */
    String TYPES = "relacja.record.types";

    /** The record's title (e.g. a counterparty's code and name) if it exists and the caller may see it. */
    Optional<String> title(RecordRef record);
}
