package dev.relacja.offers.impl.offer;

import dev.relacja.contacts.api.TimelineEntry;
import dev.relacja.contacts.api.spi.TimelineContributor;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.offers.api.OfferEvents;
import dev.relacja.offers.api.OfferService;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts a counterparty's offers, with their label (number and revision once sent), status and gross total, on its
 * timeline, latest change first. It reads
 * the store and not the offer service: that service needs the counterparty service, which binds the timeline
 * contributors, and SCR would find the circle.
 */
@Component
public class OfferTimeline implements TimelineContributor {
    private final OfferStore store;
    private final CallerContext callers;

    @Activate
    public OfferTimeline(@Reference OfferStore store, @Reference CallerContext callers) {
        this.store = store;
        this.callers = callers;
    }

    @Override
    public List<TimelineEntry> entriesFor(long counterpartyId, int limit) {
        callers.require(Role.VIEWER);
        return store.timeline(counterpartyId, Math.min(limit, PageRequest.MAX_SIZE)).stream()
                .map(row -> new TimelineEntry(row.updatedAt(), OfferEvents.MODULE, OfferService.RECORD_TYPE, row.id(),
                        OfferRecords.title(new OfferStore.Titled(row.id(), row.status(), row.number(),
                                row.revision())) + ": " + row.gross().toPlainString() + " "
                                + row.currency() + " gross"))
                .toList();
    }
}
