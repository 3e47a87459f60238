package dev.relacja.contacts.impl.persistence;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyQuery;
import dev.relacja.contacts.api.CounterpartyStatus;
import dev.relacja.contacts.api.EmailOwner;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Counterparties and contact persons in the database, without permission checks or validation:
 * the services do both before they call here.
 */
@Component(service = CounterpartyStore.class)
public class CounterpartyStore {
    /** Ids bound in one IN list: well under what Derby and PostgreSQL take in one statement. */
    static final int IDS_PER_QUERY = 500;

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public CounterpartyStore(@Reference(target = "(osgi.unit.name=relacja-contacts)") JpaTemplate jpa,
            @Reference ContactsSchema schema) {
        this(jpa, Clock.systemUTC());
        indexExistingAddresses();
    }

    private CounterpartyStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi, e.g. over a test database; DS uses the constructor above. */
    public static CounterpartyStore over(JpaTemplate jpa, Clock clock) {
        return new CounterpartyStore(jpa, clock);
    }

    /** What {@link #saveAll} did with a batch: counts, and the positions refused because their code exists. */
    public record BatchOutcome(int created, int updated, List<Integer> codeTaken) {
    }

    /** Every code in use, read once through the code index (an import checks its rows against it). */
    public Set<String> allCodes() {
        return new HashSet<>(jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select c.code from CounterpartyEntity c", String.class).getResultList()));
    }

    /**
     * Stores a batch of validated drafts in one transaction: codes not in {@code existingCodes} are
     * created; existing ones are updated when {@code updateExisting}, otherwise reported back by their
     * position in {@code drafts}. (One query for the whole batch would be simpler, but Derby keeps the
     * plan it chose for an empty table and then scans the whole table for every batch.)
     */
    public BatchOutcome saveAll(List<CounterpartyDraft> drafts, Set<String> existingCodes, boolean updateExisting) {
        if (drafts.isEmpty()) {
            return new BatchOutcome(0, 0, List.of());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = clock.instant();
            int created = 0;
            int updated = 0;
            List<Integer> taken = new ArrayList<>();
            List<CounterpartyEntity> written = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                CounterpartyDraft draft = drafts.get(i);
                if (!existingCodes.contains(draft.code())) {
                    CounterpartyEntity entity = new CounterpartyEntity(draft, now);
                    em.persist(entity);
                    written.add(entity);
                    created++;
                } else if (updateExisting) {
                    CounterpartyEntity entity = byCode(em, draft.code())
                            .orElseThrow(() -> new NotFoundException("Counterparty", draft.code()));
                    entity.apply(draft, now);
                    written.add(entity);
                    updated++;
                } else {
                    taken.add(i);
                }
            }
            em.flush();
            written.forEach(entity -> EmailAddresses.of(em, entity.toCounterparty()));
            return new BatchOutcome(created, updated, taken);
        });
    }

    public Counterparty create(CounterpartyDraft draft) {
        return jpa.txExpr(TransactionType.Required, em -> {
            requireFreeCode(em, draft.code(), null);
            CounterpartyEntity entity = new CounterpartyEntity(draft, clock.instant());
            em.persist(entity);
            em.flush();
            Counterparty created = entity.toCounterparty();
            EmailAddresses.of(em, created);
            return created;
        });
    }

    public Counterparty update(long id, long expectedVersion, CounterpartyDraft draft) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CounterpartyEntity entity = load(em, id, expectedVersion);
            requireFreeCode(em, draft.code(), id);
            entity.apply(draft, clock.instant());
            em.flush();
            Counterparty updated = entity.toCounterparty();
            EmailAddresses.of(em, updated);
            return updated;
        });
    }

    public Counterparty setStatus(long id, long expectedVersion, CounterpartyStatus status) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CounterpartyEntity entity = load(em, id, expectedVersion);
            entity.setStatus(status, clock.instant());
            em.flush();
            return entity.toCounterparty();
        });
    }

    public Optional<Counterparty> find(long id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(CounterpartyEntity.class, id)))
                .map(CounterpartyEntity::toCounterparty);
    }

    /** Those of {@code ids} that exist, by id: one query per {@value #IDS_PER_QUERY} ids. */
    public Map<Long, Counterparty> findAll(Collection<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, Counterparty> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
            List<Long> slice = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY));
            jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "select c from CounterpartyEntity c where c.id in :ids", CounterpartyEntity.class)
                    .setParameter("ids", slice).getResultList())
                    .stream().map(CounterpartyEntity::toCounterparty).forEach(c -> found.put(c.id(), c));
        }
        return found;
    }

    public Optional<Counterparty> findByCode(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> byCode(em, code)).map(CounterpartyEntity::toCounterparty);
    }

    /** See {@link dev.relacja.contacts.api.CounterpartyService#ownerOfEmail}: one lookup in the address index. */
    public Optional<EmailOwner> ownerOfEmail(String address) {
        return jpa.txExpr(TransactionType.Supports, em -> EmailAddresses.owner(em, address));
    }

    /**
     * Fills the address index from the counterparties and contact persons when it is empty (the first start after
     * it was added); afterwards every write keeps it.
     */
    void indexExistingAddresses() {
        jpa.tx(TransactionType.Required, em -> {
            if (!em.createQuery("select e.id from EmailAddressEntity e", Long.class).setMaxResults(1).getResultList()
                    .isEmpty()) {
                return;
            }
            em.createQuery("select c from CounterpartyEntity c where c.emails is not null or c.billingEmail is not null",
                            CounterpartyEntity.class).getResultList()
                    .forEach(c -> EmailAddresses.of(em, c.toCounterparty()));
            em.createQuery("select p from ContactPersonEntity p where p.emails is not null", ContactPersonEntity.class)
                    .getResultList().forEach(p -> EmailAddresses.of(em, p.toContactPerson()));
        });
    }

    public Page<Counterparty> search(CounterpartyQuery query, PageRequest page) {
        CounterpartySearch search = new CounterpartySearch(query);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Counterparty> items = search.page(em)
                    .setFirstResult(page.offset())
                    .setMaxResults(page.size())
                    .getResultList().stream().map(CounterpartyEntity::toCounterparty).toList();
            long total = search.count(em).getSingleResult();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    public ContactPerson addContactPerson(long counterpartyId, ContactPersonDraft draft) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(CounterpartyEntity.class, counterpartyId) == null) {
                throw new NotFoundException("Counterparty", counterpartyId);
            }
            ContactPersonEntity entity = new ContactPersonEntity(counterpartyId, draft);
            em.persist(entity);
            em.flush();
            ContactPerson added = entity.toContactPerson();
            EmailAddresses.of(em, added);
            return added;
        });
    }

    public ContactPerson updateContactPerson(long id, long expectedVersion, ContactPersonDraft draft) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ContactPersonEntity entity = loadPerson(em, id, expectedVersion);
            entity.apply(draft);
            em.flush();
            ContactPerson updated = entity.toContactPerson();
            EmailAddresses.of(em, updated);
            return updated;
        });
    }

    public void removeContactPerson(long id, long expectedVersion) {
        jpa.tx(TransactionType.Required, em -> {
            em.remove(loadPerson(em, id, expectedVersion));
            EmailAddresses.forget(em, id);
        });
    }

    public Optional<ContactPerson> findContactPerson(long id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(ContactPersonEntity.class, id)))
                .map(ContactPersonEntity::toContactPerson);
    }

    public List<ContactPerson> contactPersons(long counterpartyId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select p from ContactPersonEntity p where p.counterpartyId = :c order by p.name, p.id",
                        ContactPersonEntity.class)
                .setParameter("c", counterpartyId)
                .getResultList()).stream().map(ContactPersonEntity::toContactPerson).toList();
    }

    private static void requireFreeCode(EntityManager em, String code, Long ownId) {
        Optional<CounterpartyEntity> holder = byCode(em, code);
        if (holder.isPresent() && (ownId == null || holder.get().toCounterparty().id() != ownId)) {
            throw new ConflictException("code", "counterparty code " + code + " is taken");
        }
    }

    private static Optional<CounterpartyEntity> byCode(EntityManager em, String code) {
        return em.createQuery("select c from CounterpartyEntity c where c.code = :code", CounterpartyEntity.class)
                .setParameter("code", code)
                .getResultList().stream().findFirst();
    }

    private static CounterpartyEntity load(EntityManager em, long id, long expectedVersion) {
        CounterpartyEntity entity = em.find(CounterpartyEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("Counterparty", id);
        }
        if (entity.version() != expectedVersion) {
            throw new StaleVersionException("Counterparty", id, expectedVersion, entity.version());
        }
        return entity;
    }

    private static ContactPersonEntity loadPerson(EntityManager em, long id, long expectedVersion) {
        ContactPersonEntity entity = em.find(ContactPersonEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("Contact person", id);
        }
        if (entity.version() != expectedVersion) {
            throw new StaleVersionException("Contact person", id, expectedVersion, entity.version());
        }
        return entity;
    }
}
