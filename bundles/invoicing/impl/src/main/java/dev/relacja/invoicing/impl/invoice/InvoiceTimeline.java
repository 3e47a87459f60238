package dev.relacja.invoicing.impl.invoice;

import dev.relacja.contacts.api.TimelineEntry;
import dev.relacja.contacts.api.spi.TimelineContributor;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CatalogueEvents;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts a counterparty's invoices and pro formas, with their number (or draft id), status and gross total, on its
 * timeline, latest change first. It reads the store and not the invoice service: that service needs the
 * counterparty service, which binds the timeline contributors, and SCR would find the circle.
 */
@Component
public class InvoiceTimeline implements TimelineContributor {
    private final InvoiceStore store;
    private final CallerContext callers;

    @Activate
    public InvoiceTimeline(@Reference InvoiceStore store, @Reference CallerContext callers) {
        this.store = store;
        this.callers = callers;
    }

    @Override
    public List<TimelineEntry> entriesFor(long counterpartyId, int limit) {
        callers.require(Role.VIEWER);
        return store.timeline(counterpartyId, Math.min(limit, PageRequest.MAX_SIZE)).stream()
                .map(row -> new TimelineEntry(row.updatedAt(), CatalogueEvents.MODULE, InvoiceRecords.INVOICE, row.id(),
                        InvoiceRecords.title(row.kind(), row.number(), row.status(), row.id()) + ": "
                                + row.gross().toPlainString() + " " + row.currency() + " gross"))
                .toList();
    }
}
