package dev.relacja.invoicing.impl.catalogue;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueQuery;
import dev.relacja.invoicing.impl.persistence.InvoicingSchema;
import dev.relacja.invoicing.impl.persistence.UniqueKeys;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Catalogue items in the database. Codes are unique ignoring case (checked here, inside the write's
 * transaction, and backed by a unique constraint); who may write is the service's concern.
 */
@Component(service = CatalogueStore.class)
public class CatalogueStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public CatalogueStore(@Reference(target = "(osgi.unit.name=relacja-invoicing)") JpaTemplate jpa,
            @Reference InvoicingSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private CatalogueStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi, e.g. over a test database; DS uses the constructor above. */
    public static CatalogueStore over(JpaTemplate jpa, Clock clock) {
        return new CatalogueStore(jpa, clock);
    }

    CatalogueItem create(CatalogueFields fields) {
        return jpa.txExpr(TransactionType.Required, em -> {
            requireFreeCode(em, fields.code(), null);
            CatalogueItemEntity entity = new CatalogueItemEntity(fields, clock.instant());
            em.persist(entity);
            flushClaiming(em, fields.code());
            return entity.toItem();
        });
    }

    CatalogueItem update(long id, long expectedVersion, CatalogueFields fields) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CatalogueItemEntity entity = load(em, id, expectedVersion);
            requireFreeCode(em, fields.code(), id);
            entity.apply(fields, clock.instant());
            flushClaiming(em, fields.code());
            return entity.toItem();
        });
    }

    /** Archives or restores the item; answers it unchanged (same version) when it already is so. */
    CatalogueItem setActive(long id, long expectedVersion, boolean active) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CatalogueItemEntity entity = load(em, id, expectedVersion);
            if (entity.active() != active) {
                entity.setActive(active, clock.instant());
                em.flush();
            }
            return entity.toItem();
        });
    }

    Optional<CatalogueItem> find(long id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(CatalogueItemEntity.class, id)))
                .map(CatalogueItemEntity::toItem);
    }

    Optional<CatalogueItem> findByCode(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> byCode(em, code).map(CatalogueItemEntity::toItem));
    }

    Page<CatalogueItem> search(CatalogueQuery query, PageRequest page) {
        CatalogueSearch search = new CatalogueSearch(query);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<CatalogueItem> items = search.page(em).setFirstResult(page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(CatalogueItemEntity::toItem).toList();
            long total = items.size() < page.size() && (page.page() == 0 || !items.isEmpty())
                    ? (long) page.offset() + items.size()
                    : search.count(em).getSingleResult();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private static void flushClaiming(EntityManager em, String code) {
        UniqueKeys.flush(em, () -> new ConflictException("code", "the code " + code + " was taken by another save just now"));
    }

    private static void requireFreeCode(EntityManager em, String code, Long ownId) {
        Optional<CatalogueItemEntity> holder = byCode(em, code);
        if (holder.isPresent() && (ownId == null || holder.get().id() != ownId)) {
            CatalogueItem taken = holder.get().toItem();
            throw new ConflictException("code", "the code " + code + " is taken by catalogue item #" + taken.id() + " "
                    + taken.code() + " (" + taken.name() + (taken.active() ? "" : ", archived")
                    + "); codes are unique ignoring case");
        }
    }

    private static Optional<CatalogueItemEntity> byCode(EntityManager em, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select i from CatalogueItemEntity i where i.codeKey = :key", CatalogueItemEntity.class)
                .setParameter("key", CatalogueItemEntity.codeKey(code))
                .getResultList().stream().findFirst();
    }

    private static CatalogueItemEntity load(EntityManager em, long id, long expectedVersion) {
        CatalogueItemEntity entity = em.find(CatalogueItemEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException("Catalogue item", id);
        }
        if (entity.version() != expectedVersion) {
            throw new StaleVersionException("Catalogue item", id, expectedVersion, entity.version());
        }
        return entity;
    }
}
