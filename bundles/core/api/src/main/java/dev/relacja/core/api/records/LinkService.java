package dev.relacja.core.api.records;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Links any record to any other (a task to an invoice, an e-mail to an offer). A link has no direction:
 * each end lists it. Both records must exist; linking twice is refused.
 */
@ProviderType
public interface LinkService {

    /** Links {@code from} and {@code to}; answers the link as seen from {@code from}. */
    Link link(RecordRef from, RecordRef to, String note);

    void unlink(long linkId);

    /** Every link of the record, newest first. */
    List<Link> linksOf(RecordRef record);
}
