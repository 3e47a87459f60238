package dev.relacja.invoicing.impl.catalogue;

import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CatalogueEvents;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueItemDraft;
import dev.relacja.invoicing.api.CatalogueQuery;
import dev.relacja.invoicing.api.CatalogueService;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The catalogue service: checks the caller's role, validates, stores, and announces each change. */
@Component
public class CatalogueServiceImpl implements CatalogueService {
    private final CatalogueStore store;
    private final CallerContext callers;
    private final DomainEvents events;

    @Activate
    public CatalogueServiceImpl(@Reference CatalogueStore store, @Reference CallerContext callers,
            @Reference DomainEvents events) {
        this.store = store;
        this.callers = callers;
        this.events = events;
    }

    @Override
    public CatalogueItem create(CatalogueItemDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        CatalogueItem created = store.create(CatalogueDraftResolver.resolve(draft));
        publish(CatalogueEvents.ITEM_CREATED, created, caller);
        return created;
    }

    @Override
    public CatalogueItem update(long id, long expectedVersion, CatalogueItemDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        CatalogueItem updated = store.update(id, expectedVersion, CatalogueDraftResolver.resolve(draft));
        publish(CatalogueEvents.ITEM_UPDATED, updated, caller);
        return updated;
    }

    @Override
    public CatalogueItem setActive(long id, long expectedVersion, boolean active) {
        Caller caller = callers.require(Role.OPERATOR);
        CatalogueItem item = store.setActive(id, expectedVersion, active);
        if (item.version() != expectedVersion) {
            publish(CatalogueEvents.ITEM_UPDATED, item, caller);
        }
        return item;
    }

    @Override
    public Optional<CatalogueItem> find(long id) {
        callers.require(Role.VIEWER);
        return store.find(id);
    }

    @Override
    public Optional<CatalogueItem> findByCode(String code) {
        callers.require(Role.VIEWER);
        return store.findByCode(code);
    }

    @Override
    public Page<CatalogueItem> search(CatalogueQuery query, PageRequest page) {
        callers.require(Role.VIEWER);
        return store.search(query == null ? CatalogueQuery.ACTIVE : query, page);
    }

    private void publish(String event, CatalogueItem item, Caller caller) {
        events.publishAfterCommit(CatalogueEvents.MODULE, event, Map.of(RelacjaEvents.ID, item.id(),
                RelacjaEvents.OPERATOR, caller.username(), CatalogueEvents.CODE, item.code()));
    }
}
