package dev.relacja.sample.partner;

import dev.relacja.contacts.api.TimelineEntry;
import dev.relacja.contacts.api.spi.TimelineContributor;
import dev.relacja.core.api.events.RelacjaEvents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** Remembers who registered each new counterparty (from the domain event) and shows it on the timeline. */
@Component(service = {TimelineContributor.class, EventHandler.class},
        property = EventConstants.EVENT_TOPIC + "=dev/relacja/contacts/COUNTERPARTY_CREATED")
public class CreationTimeline implements TimelineContributor, EventHandler {
    private final Map<Long, TimelineEntry> registrations = new ConcurrentHashMap<>();

    @Override
    public void handleEvent(Event event) {
        long id = (Long) event.getProperty(RelacjaEvents.ID);
        String operator = (String) event.getProperty(RelacjaEvents.OPERATOR);
        registrations.put(id, new TimelineEntry(Instant.now(), "sample-partner", "counterparty", id,
                "Registered by " + operator));
    }

    @Override
    public List<TimelineEntry> entriesFor(long counterpartyId, int limit) {
        TimelineEntry entry = registrations.get(counterpartyId);
        return entry == null ? List.of() : List.of(entry);
    }
}
