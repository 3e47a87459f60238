package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.offers.api.ConversionKind;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferAcceptance;
import dev.relacja.offers.api.OfferConversion;
import dev.relacja.offers.api.OfferQuery;
import dev.relacja.offers.api.OfferRevision;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.impl.persistence.OffersSchema;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers and their frozen revisions in the database. Every change locks the offer row and checks its version and
 * status inside the write's transaction, so of two concurrent edits the second sees the first; whatever else a
 * change does (numbering, printing, mailing, telling the owner) runs inside that same transaction, so it commits or
 * rolls back with it. Who may write, and what makes a draft valid, are the service's concern.
 */
@Component(service = OfferStore.class)
public class OfferStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    /** What the counterparty timeline shows of an offer, read without its lines. */
    record TimelineRow(long id, OfferStatus status, String number, int revision, BigDecimal gross, String currency,
            Instant updatedAt) {
    }

    /** Who registers an acceptance, and the customer's reply e-mail (null when it did not come by mail). */
    record Acceptor(long operatorId, String username, Long replyMessageId) {
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

    /**
     * Replaces a draft's fields, or revises a sent offer: its fields replaced and its next revision frozen at once,
     * by {@code by}. A sent offer keeps its counterparty.
     */
    Offer update(long id, long expectedVersion, OfferFields fields, String by) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OfferEntity entity = lock(em, id, expectedVersion);
            requireStatus(entity, "changed", OfferStatus.DRAFT, OfferStatus.SENT);
            if (entity.status() == OfferStatus.DRAFT) {
                entity.apply(fields, clock.instant());
                em.flush();
                return entity.toOffer();
            }
            if (fields.counterpartyId() != entity.counterpartyId()) {
                throw new ValidationException("counterpartyId", "offer " + entity.label() + " went to counterparty "
                        + entity.counterpartyId() + "; a revision keeps its counterparty");
            }
            entity.revise(fields, clock.instant());
            em.flush();
            Offer revised = entity.toOffer();
            freeze(em, revised, by);
            return revised;
        });
    }

    /**
     * Sends a draft or a sent offer valid on {@code today}: a draft takes the number {@code numbers} gives for its
     * issue date and freezes revision 1 (by {@code by}); then {@code deliver} gets the current revision inside this
     * transaction, so a failure there rolls the number back with everything else.
     */
    Offer send(long id, long expectedVersion, LocalDate today, Function<LocalDate, String> numbers, String by,
            Consumer<OfferRevision> deliver) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OfferEntity entity = lock(em, id, expectedVersion);
            requireStatus(entity, "sent", OfferStatus.DRAFT, OfferStatus.SENT);
            if (entity.validUntil().isBefore(today)) {
                throw new ConflictException("validUntil", "offer " + entity.label() + " was valid until "
                        + entity.validUntil() + "; change its validity date before sending it");
            }
            OfferRevision current;
            if (entity.status() == OfferStatus.DRAFT) {
                entity.numberAndSend(numbers.apply(entity.issueDate()), clock.instant());
                em.flush();
                current = freeze(em, entity.toOffer(), by);
            } else {
                entity.markSent(clock.instant());
                em.flush();
                current = revisionOf(em, id, entity.revision());
            }
            deliver.accept(current);
            return entity.toOffer();
        });
    }

    /**
     * Records that the customer accepted {@code revision} (null: the current one) of a sent offer, if that
     * revision's validity has not passed on {@code today}.
     */
    Offer accept(long id, long expectedVersion, Integer revision, LocalDate today, Acceptor acceptor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OfferEntity entity = lock(em, id, expectedVersion);
            requireStatus(entity, "accepted", OfferStatus.SENT);
            int number = revision == null ? entity.revision() : revision;
            OfferRevision accepted = acceptedRevision(em, entity, number);
            LocalDate validUntil = accepted.content().validUntil();
            if (validUntil.isBefore(today)) {
                throw new ConflictException("validUntil", "offer " + accepted.label() + " was valid until "
                        + validUntil + "; it can no longer be accepted");
            }
            entity.accept(new OfferAcceptance(number, accepted.label(), acceptor.operatorId(), acceptor.username(),
                    clock.instant(), acceptor.replyMessageId(), accepted.sha256()));
            em.flush();
            return entity.toOffer();
        });
    }

    /**
     * Converts an accepted offer: {@code invoice} makes the invoice from the accepted revision inside this
     * transaction and answers its id, so a refused invoice leaves the offer accepted. {@code by} converted it as
     * {@code kind}.
     */
    Offer convert(long id, long expectedVersion, ConversionKind kind, String by, ToLongFunction<OfferRevision> invoice) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OfferEntity entity = lock(em, id, expectedVersion);
            if (entity.status() == OfferStatus.CONVERTED) {
                Offer converted = entity.toOffer();
                throw new ConflictException("status", "offer " + converted.label() + " was converted already, into "
                        + "invoice " + converted.conversion().invoiceId() + "; an offer converts once");
            }
            requireStatus(entity, "converted", OfferStatus.ACCEPTED);
            OfferRevision accepted = revisionOf(em, id, entity.toOffer().acceptance().revision());
            long invoiceId = invoice.applyAsLong(accepted);
            entity.convert(new OfferConversion(invoiceId, kind, accepted.label(), by, clock.instant()));
            em.flush();
            return entity.toOffer();
        });
    }

    /** Records that the customer declined a sent offer, and why. */
    Offer reject(long id, long expectedVersion, String reason) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OfferEntity entity = lock(em, id, expectedVersion);
            requireStatus(entity, "rejected", OfferStatus.SENT);
            entity.reject(reason, clock.instant());
            em.flush();
            return entity.toOffer();
        });
    }

    /** The ids of sent offers whose validity date is before {@code today}, oldest first. */
    List<Long> overdue(LocalDate today) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select o.id from OfferEntity o"
                        + " where o.status = :sent and o.validUntil < :today order by o.validUntil, o.id", Long.class)
                .setParameter("sent", OfferStatus.SENT.name()).setParameter("today", today).getResultList());
    }

    /**
     * Expires the offer if, locked, it is still sent and past its validity on {@code today} (it may have been
     * accepted meanwhile); {@code tell} runs inside the same transaction with the expired offer. Answers it, or
     * empty when there was nothing to expire.
     */
    Optional<Offer> expire(long id, LocalDate today, Consumer<Offer> tell) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OfferEntity entity = em.find(OfferEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null || entity.status() != OfferStatus.SENT || !entity.validUntil().isBefore(today)) {
                return Optional.empty();
            }
            entity.expire(clock.instant());
            em.flush();
            Offer expired = entity.toOffer();
            tell.accept(expired);
            return Optional.of(expired);
        });
    }

    /** Deletes a draft and answers it as it was, for the event that announces the deletion. */
    Offer delete(long id, long expectedVersion) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OfferEntity entity = lock(em, id, expectedVersion);
            requireStatus(entity, "deleted", OfferStatus.DRAFT);
            Offer deleted = entity.toOffer();
            em.remove(entity);
            em.flush();
            return deleted;
        });
    }

    /** The offer as stored; the caller has checked who may read it. */
    public Optional<Offer> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(OfferEntity.class, id))
                .map(OfferEntity::toOffer));
    }

    /** The offer's label and status ("OF/1/2026 r2", SENT), read without its lines, for record titles. */
    Optional<Titled> titled(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select o.status, o.number, o.revision from OfferEntity o where o.id = :id", Object[].class)
                .setParameter("id", id).getResultList().stream().findFirst()
                .map(row -> new Titled(id, OfferStatus.valueOf((String) row[0]), (String) row[1], (Integer) row[2])));
    }

    /** What a record title says of an offer. */
    record Titled(long id, OfferStatus status, String number, int revision) {
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
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select o.id, o.status, o.number,"
                        + " o.revision, o.gross, o.currency, o.updatedAt from OfferEntity o where"
                        + " o.counterpartyId = :counterparty order by o.updatedAt desc, o.id desc", Object[].class)
                .setParameter("counterparty", counterpartyId).setMaxResults(limit).getResultList().stream()
                .map(row -> new TimelineRow((Long) row[0], OfferStatus.valueOf((String) row[1]), (String) row[2],
                        (Integer) row[3], (BigDecimal) row[4], (String) row[5], (Instant) row[6]))
                .toList());
    }

    /** The offer's frozen revisions, r1 first. */
    List<OfferRevision> revisions(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select r from OfferRevisionEntity r"
                        + " where r.offerId = :offer order by r.revision", OfferRevisionEntity.class)
                .setParameter("offer", id).getResultList().stream().map(OfferRevisionEntity::toRevision).toList());
    }

    Optional<OfferRevision> revision(long id, int revision) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(OfferRevisionEntity.class,
                new OfferRevisionEntity.Key(id, revision))).map(OfferRevisionEntity::toRevision));
    }

    /** Freezes the offer as it is now as its current revision: canonical JSON and its SHA-256, never changed. */
    private OfferRevision freeze(EntityManager em, Offer offer, String by) {
        String content = CanonicalOffers.json(offer);
        OfferRevisionEntity frozen = new OfferRevisionEntity(offer.id(), offer.revision(), offer.label(), content,
                CanonicalOffers.sha256(content), clock.instant(), by);
        em.persist(frozen);
        em.flush();
        return frozen.toRevision();
    }

    private static OfferRevision revisionOf(EntityManager em, long id, int revision) {
        OfferRevisionEntity found = em.find(OfferRevisionEntity.class, new OfferRevisionEntity.Key(id, revision));
        if (found == null) {
            throw new IllegalStateException("offer " + id + " is at revision " + revision + ", which was never frozen");
        }
        return found.toRevision();
    }

    /** The revision an acceptance names; one the offer lacks is refused. */
    private static OfferRevision acceptedRevision(EntityManager em, OfferEntity entity, int revision) {
        if (revision < 1 || revision > entity.revision()) {
            throw new ValidationException("revision", "offer " + entity.number() + " has revisions 1 to "
                    + entity.revision() + ", not " + revision);
        }
        return revisionOf(em, entity.id(), revision);
    }

    private static OfferEntity lock(EntityManager em, long id, long expectedVersion) {
        OfferEntity entity = em.find(OfferEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException("Offer", id);
        }
        if (entity.version() != expectedVersion) {
            throw new StaleVersionException("Offer", id, expectedVersion, entity.version());
        }
        return entity;
    }

    /** A conflict unless the offer is in one of {@code allowed}: "offer OF/1/2026 is ACCEPTED and cannot be sent". */
    private static void requireStatus(OfferEntity entity, String action, OfferStatus... allowed) {
        if (!Arrays.asList(allowed).contains(entity.status())) {
            throw new ConflictException("status", "offer " + entity.label() + " is " + entity.status()
                    + " and cannot be " + action + "; only " + Arrays.stream(allowed).map(Enum::name)
                            .collect(Collectors.joining(" or ")) + " can");
        }
    }
}
