package dev.relacja.core.api.records;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The records a group holds (the invoices an invoice run issued, say), offered by the module that owns the group,
 * so another module can act on all of them knowing only the group's type and id. Registered as a whiteboard service
 * with {@link #TYPE}.
 */
@ConsumerType
public interface RecordSetProvider {
    /** Service property: the type of group this provider lists, e.g. {@code invoice-run}. */
    String TYPE = "relacja.record.set.type";

    /** The group's records in their order, or empty when there is no such group or the caller may not see it. */
    Optional<List<RecordRef>> members(long id);
}
