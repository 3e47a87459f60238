package dev.relacja.core.impl.events;

import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import java.util.Map;
import javax.transaction.TransactionSynchronizationRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Holds each event until the JTA transaction it was raised in commits, then posts it asynchronously. */
@Component
public class EventAdminDomainEvents implements DomainEvents {
    private final EventAdmin eventAdmin;
    private final TransactionSynchronizationRegistry transactions;

    @Activate
    public EventAdminDomainEvents(@Reference EventAdmin eventAdmin,
            @Reference TransactionSynchronizationRegistry transactions) {
        this.eventAdmin = eventAdmin;
        this.transactions = transactions;
    }

    @Override
    public void publishAfterCommit(String module, String event, Map<String, Object> properties) {
        Event posted = new Event(RelacjaEvents.topic(module, event), properties);
        AfterCommit.run(transactions, () -> eventAdmin.postEvent(posted));
    }
}
