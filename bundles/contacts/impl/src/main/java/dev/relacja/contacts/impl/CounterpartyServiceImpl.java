package dev.relacja.contacts.impl;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyQuery;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.contacts.api.EmailOwner;
import dev.relacja.contacts.api.CounterpartyStatus;
import dev.relacja.contacts.api.TimelineEntry;
import dev.relacja.contacts.api.spi.TimelineContributor;
import dev.relacja.contacts.impl.persistence.CounterpartyStore;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The counterparty service: checks the caller's role, validates, stores, and announces each change. */
@Component
public class CounterpartyServiceImpl implements CounterpartyService {
    static final String MODULE = "contacts";
    private static final Logger LOG = LoggerFactory.getLogger(CounterpartyServiceImpl.class);

    private final CounterpartyStore store;
    private final CallerContext callers;
    private final OperatorService operators;
    private final DomainEvents events;
    private final List<TimelineContributor> contributors = new CopyOnWriteArrayList<>();

    @Activate
    public CounterpartyServiceImpl(@Reference CounterpartyStore store, @Reference CallerContext callers,
            @Reference OperatorService operators, @Reference DomainEvents events) {
        this.store = store;
        this.callers = callers;
        this.operators = operators;
        this.events = events;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(TimelineContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(TimelineContributor contributor) {
        contributors.remove(contributor);
    }

    @Override
    public Counterparty create(CounterpartyDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Counterparty created = store.create(withOwner(CounterpartyValidator.validated(draft), caller));
        publish("COUNTERPARTY_CREATED", created.id(), caller);
        return created;
    }

    @Override
    public Counterparty update(long id, long expectedVersion, CounterpartyDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Counterparty updated = store.update(id, expectedVersion, withOwner(CounterpartyValidator.validated(draft), caller));
        publish("COUNTERPARTY_UPDATED", id, caller);
        return updated;
    }

    @Override
    public Counterparty archive(long id, long expectedVersion) {
        Caller caller = callers.require(Role.OPERATOR);
        Counterparty archived = store.setStatus(id, expectedVersion, CounterpartyStatus.ARCHIVED);
        publish("COUNTERPARTY_ARCHIVED", id, caller);
        return archived;
    }

    @Override
    public Counterparty restore(long id, long expectedVersion) {
        Caller caller = callers.require(Role.OPERATOR);
        Counterparty restored = store.setStatus(id, expectedVersion, CounterpartyStatus.ACTIVE);
        publish("COUNTERPARTY_RESTORED", id, caller);
        return restored;
    }

    @Override
    public Optional<Counterparty> find(long id) {
        callers.require(Role.VIEWER);
        return store.find(id);
    }

    @Override
    public Map<Long, Counterparty> findAll(Collection<Long> ids) {
        callers.require(Role.VIEWER);
        return store.findAll(ids);
    }

    @Override
    public Optional<Counterparty> findByCode(String code) {
        callers.require(Role.VIEWER);
        return store.findByCode(code);
    }

    @Override
    public Optional<EmailOwner> ownerOfEmail(String address) {
        callers.require(Role.VIEWER);
        return address == null || address.isBlank() ? Optional.empty() : store.ownerOfEmail(address.strip());
    }

    @Override
    public Page<Counterparty> search(CounterpartyQuery query, PageRequest page) {
        callers.require(Role.VIEWER);
        return store.search(query == null ? CounterpartyQuery.ALL : query, page);
    }

    @Override
    public ContactPerson addContactPerson(long counterpartyId, ContactPersonDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        ContactPerson added = store.addContactPerson(counterpartyId, CounterpartyValidator.validated(draft));
        publish("CONTACT_PERSON_CREATED", added.id(), caller);
        return added;
    }

    @Override
    public ContactPerson updateContactPerson(long id, long expectedVersion, ContactPersonDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        ContactPerson updated = store.updateContactPerson(id, expectedVersion, CounterpartyValidator.validated(draft));
        publish("CONTACT_PERSON_UPDATED", id, caller);
        return updated;
    }

    @Override
    public void removeContactPerson(long id, long expectedVersion) {
        Caller caller = callers.require(Role.OPERATOR);
        store.removeContactPerson(id, expectedVersion);
        publish("CONTACT_PERSON_REMOVED", id, caller);
    }

    @Override
    public Optional<ContactPerson> findContactPerson(long id) {
        callers.require(Role.VIEWER);
        return store.findContactPerson(id);
    }

    @Override
    public List<ContactPerson> contactPersons(long counterpartyId) {
        callers.require(Role.VIEWER);
        if (store.find(counterpartyId).isEmpty()) {
            throw new NotFoundException("Counterparty", counterpartyId);
        }
        return store.contactPersons(counterpartyId);
    }

    @Override
    public List<TimelineEntry> timeline(long counterpartyId, int limit) {
        callers.require(Role.VIEWER);
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "ask for 1 to 500 entries");
        }
        if (store.find(counterpartyId).isEmpty()) {
            throw new NotFoundException("Counterparty", counterpartyId);
        }
        return contributors.stream()
                .flatMap(c -> entriesOf(c, counterpartyId, limit).stream())
                .sorted(Comparator.comparing(TimelineEntry::at).reversed())
                .limit(limit)
                .toList();
    }

    /** One failing contributor must not hide what the others know. */
    private static List<TimelineEntry> entriesOf(TimelineContributor contributor, long counterpartyId, int limit) {
        try {
            return contributor.entriesFor(counterpartyId, limit);
        } catch (RuntimeException e) {
            LOG.warn("Timeline contributor {} failed for counterparty {}", contributor.getClass().getName(),
                    counterpartyId, e);
            return List.of();
        }
    }

    /** The owner defaults to the caller and must be an existing operator. */
    private CounterpartyDraft withOwner(CounterpartyDraft draft, Caller caller) {
        Long owner = draft.ownerId() == null ? caller.operatorId() : draft.ownerId();
        if (operators.find(owner).isEmpty()) {
            throw new ValidationException("ownerId", "no operator has id " + owner);
        }
        return new CounterpartyDraft(draft.code(), draft.name(), draft.kind(), draft.nip(), draft.regon(),
                draft.addresses(), draft.emails(), draft.phones(), draft.billingEmail(), draft.bankAccount(),
                draft.paymentTermDays(), draft.emailConsent(), draft.tags(), owner, draft.notes());
    }

    private void publish(String event, long id, Caller caller) {
        events.publishAfterCommit(MODULE, event, Map.of(RelacjaEvents.ID, id, RelacjaEvents.OPERATOR, caller.username()));
    }
}
