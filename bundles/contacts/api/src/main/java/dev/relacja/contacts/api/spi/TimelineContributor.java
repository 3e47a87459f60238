package dev.relacja.contacts.api.spi;

import dev.relacja.contacts.api.TimelineEntry;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by modules (activities, tasks, invoices, e-mails, offers) and partner bundles that have
 * something to show on a counterparty's timeline; register it as a plain DS component.
 */
@ConsumerType
public interface TimelineContributor {

    /** Up to {@code limit} entries about the counterparty, newest first. */
    List<TimelineEntry> entriesFor(long counterpartyId, int limit);
}
