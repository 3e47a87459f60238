package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferQuery;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.impl.persistence.OffersSchema;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
 * Offers in the database. Every change locks the offer row and checks its version and status inside the write's
 * transaction, so of two concurrent edits the second sees the first. Who may write, and what makes a draft
 * valid, are the service's concern.
 */
@Component(service = OfferStore.class)
public class OfferStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    /** What the counterparty timeline shows of an offer, read without its lines. */
    record TimelineRow(long id, OfferStatus status, BigDecimal gross, String currency, Instant updatedAt) {
    }

    @Activate
    public OfferStore(@Reference(target = "(osgi.unit.name=relacja-offers)") JpaTemplate jpa,
            @Reference OffersSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private OfferStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi, e.g. over a test database; DS uses the constructor above. */
    public static OfferStore over(JpaTemplate jpa, Clock clock) {
        return new OfferStore(jpa, clock);
    }

    Offer create(OfferFields fields) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OfferEntity entity = new OfferEntity(fields, clock.instant());
            em.persist(entity);
            em.flush();
            return entity.toOffer();
        });
    }

    Offer update(long id, long expectedVersion, OfferFields fields) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OfferEntity entity = loadDraft(em, id, expectedVersion, "changed");
            entity.apply(fields, clock.instant());
            em.flush();
            return entity.toOffer();
        });
    }

    /** Deletes a draft and answers it as it was, for the event that announces the deletion. */
    Offer delete(long id, long expectedVersion) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OfferEntity entity = loadDraft(em, id, expectedVersion, "deleted");
            Offer deleted = entity.toOffer();
            em.remove(entity);
            em.flush();
            return deleted;
        });
    }

    Optional<Offer> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(OfferEntity.class, id))
                .map(OfferEntity::toOffer));
    }

    /** The offer's status, read without its lines, for record titles. */
    Optional<OfferStatus> status(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select o.status from OfferEntity o where o.id = :id", String.class)
                .setParameter("id", id).getResultList().stream().findFirst().map(OfferStatus::valueOf));
    }

    Page<Offer> search(OfferQuery query, PageRequest page) {
        OfferSearch search = new OfferSearch(query);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Offer> items = search.page(em).setFirstResult(page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(OfferEntity::toOffer).toList();
            long total = items.size() < page.size() && (page.page() == 0 || !items.isEmpty())
                    ? (long) page.offset() + items.size()
                    : search.count(em).getSingleResult();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /** Up to {@code limit} of the counterparty's offers, the latest changed first. */
    List<TimelineRow> timeline(long counterpartyId, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select o.id, o.status, o.gross, o.currency,"
                        + " o.updatedAt from OfferEntity o where o.counterpartyId = :counterparty"
                        + " order by o.updatedAt desc, o.id desc", Object[].class)
                .setParameter("counterparty", counterpartyId).setMaxResults(limit).getResultList().stream()
                .map(row -> new TimelineRow((Long) row[0], OfferStatus.valueOf((String) row[1]),
                        (BigDecimal) row[2], (String) row[3], (Instant) row[4]))
                .toList());
    }

    private static OfferEntity loadDraft(EntityManager em, long id, long expectedVersion, String action) {
        OfferEntity entity = em.find(OfferEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException("Offer", id);
        }
        if (entity.version() != expectedVersion) {
            throw new StaleVersionException("Offer", id, expectedVersion, entity.version());
        }
        if (entity.status() != OfferStatus.DRAFT) {
            throw new ConflictException("status", "offer " + id + " is " + entity.status() + " and cannot be "
                    + action + "; only a draft can");
        }
        return entity;
    }
}
