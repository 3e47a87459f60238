package dev.relacja.contacts.impl;

import dev.relacja.contacts.impl.persistence.CounterpartyStore;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordResolver;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Vouches for counterparties and contact persons, so other records can be linked and files attached to them. */
@Component(property = {RecordResolver.TYPES + "=" + ContactsRecords.COUNTERPARTY,
        RecordResolver.TYPES + "=" + ContactsRecords.CONTACT_PERSON},
        service = RecordResolver.class)
public class ContactsRecords implements RecordResolver {
    public static final String COUNTERPARTY = "counterparty";
    public static final String CONTACT_PERSON = "contact-person";

    private final CounterpartyStore store;
    private final CallerContext callers;

    @Activate
    public ContactsRecords(@Reference CounterpartyStore store, @Reference CallerContext callers) {
        this.store = store;
        this.callers = callers;
    }

    @Override
    public Optional<String> title(RecordRef record) {
        callers.require(Role.VIEWER);
        return switch (record.type()) {
            case COUNTERPARTY -> store.find(record.id()).map(c -> c.code() + " " + c.name());
            case CONTACT_PERSON -> store.findContactPerson(record.id()).map(p -> p.name());
            default -> Optional.empty();
        };
    }
}
