package dev.relacja.offers.impl.offer;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferEvents;
import dev.relacja.offers.api.OfferQuery;
import dev.relacja.offers.api.OfferService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The offer service: checks the caller's role, validates drafts against the counterparty, its contact persons,
 * the operators and the catalogue, and announces every stored change after commit.
 */
@Component
public class OfferServiceImpl implements OfferService {
    private final OfferStore store;
    private final CounterpartyService counterparties;
    private final CatalogueService catalogue;
    private final OperatorService operators;
    private final CompanyProfileService company;
    private final CallerContext callers;
    private final DomainEvents events;
    private final Clock clock;

    @Activate
    public OfferServiceImpl(@Reference OfferStore store, @Reference CounterpartyService counterparties,
            @Reference CatalogueService catalogue, @Reference OperatorService operators,
            @Reference CompanyProfileService company, @Reference CallerContext callers,
            @Reference DomainEvents events) {
        this(store, counterparties, catalogue, operators, company, callers, events, Clock.systemUTC());
    }

    /** A service outside OSGi, e.g. in tests, with its own clock. */
    public OfferServiceImpl(OfferStore store, CounterpartyService counterparties, CatalogueService catalogue,
            OperatorService operators, CompanyProfileService company, CallerContext callers, DomainEvents events,
            Clock clock) {
        this.store = store;
        this.counterparties = counterparties;
        this.catalogue = catalogue;
        this.operators = operators;
        this.company = company;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Offer create(OfferDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Offer created = store.create(OfferDraftResolver.resolve(draft, lookups(caller)));
        publish(OfferEvents.CREATED, created, caller);
        return created;
    }

    @Override
    public Offer update(long id, long expectedVersion, OfferDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Offer updated = store.update(id, expectedVersion, OfferDraftResolver.resolve(draft, lookups(caller)));
        publish(OfferEvents.UPDATED, updated, caller);
        return updated;
    }

    @Override
    public void delete(long id, long expectedVersion) {
        Caller caller = callers.require(Role.OPERATOR);
        publish(OfferEvents.DELETED, store.delete(id, expectedVersion), caller);
    }

    @Override
    public Optional<Offer> find(long id) {
        callers.require(Role.VIEWER);
        return store.find(id);
    }

    @Override
    public Page<Offer> search(OfferQuery query, PageRequest page) {
        callers.require(Role.VIEWER);
        return store.search(query == null ? OfferQuery.ALL : query, page);
    }

    private OfferDraftResolver.Lookups lookups(Caller caller) {
        return new OfferDraftResolver.Lookups(counterparties::find, counterparties::findContactPerson,
                operators::find, catalogue::find, caller.operatorId(),
                LocalDate.ofInstant(clock.instant(), company.get().timeZone()));
    }

    private void publish(String event, Offer offer, Caller caller) {
        events.publishAfterCommit(OfferEvents.MODULE, event, Map.of(RelacjaEvents.ID, offer.id(),
                RelacjaEvents.OPERATOR, caller.username(), OfferEvents.COUNTERPARTY_ID, offer.counterpartyId()));
    }
}
