package dev.relacja.offers.impl.serial;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.api.SerialOffer;
import dev.relacja.offers.api.SerialOfferStatus;
import dev.relacja.offers.api.SerialPrice;
import dev.relacja.offers.impl.persistence.OffersSchema;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Serial offers, their members and price tables in the database. Every change locks the head row (and checks the
 * version the caller expects where it acts on the caller's view), so generating or sending twice at once makes no
 * offer twice; members are read by projections, fresh from the database, since the database clears a member's
 * offer when that draft is deleted.
 */
@Component(service = SerialStore.class)
public class SerialStore {
    private static final int FLUSH_EVERY = 500;
    private static final int MAX_ERROR = 2000;

    private final JpaTemplate jpa;
    private final Clock clock;

    /** How many members a serial offer has, how many have their offer, and how many could not get it. */
    record Counts(int members, int generated, int failed) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    /** A member as the report shows it: its offer's status, number, revision and gross total when it has one. */
    record MemberRow(long counterpartyId, Long offerId, String error, OfferStatus offerStatus, String label,
            BigDecimal gross) {
    }

    /** What generating works from: the content, the members still without an offer, and the price table. */
    record Generation(OfferDraft content, List<Long> pending, Map<Long, Map<Long, BigDecimal>> prices) {
    }

    @Activate
    public SerialStore(@Reference(target = "(osgi.unit.name=relacja-offers)") JpaTemplate jpa,
            @Reference OffersSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private SerialStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi, e.g. over a test database; DS uses the constructor above. */
    public static SerialStore over(JpaTemplate jpa, Clock clock) {
        return new SerialStore(jpa, clock);
    }

    SerialOffer create(String name, OfferDraft content, List<Long> members, String by) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SerialOfferEntity entity = new SerialOfferEntity(name, content, by, clock.instant());
            em.persist(entity);
            em.flush();
            addMembers(em, entity.id(), members);
            return entity.toSerialOffer(new Counts(members.size(), 0, 0));
        });
    }

    /** Replaces a draft's name, content and members, dropping the prices of counterparties no longer members. */
    SerialOffer update(long id, long expectedVersion, String name, OfferDraft content, List<Long> members) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SerialOfferEntity entity = lock(em, id, expectedVersion);
            requireStatus(entity, "changed", SerialOfferStatus.DRAFT);
            entity.replace(name, content, clock.instant());
            em.createQuery("delete from SerialMemberEntity m where m.serialId = :id").setParameter("id", id)
                    .executeUpdate();
            addMembers(em, id, members);
            em.createQuery("delete from SerialPriceEntity p where p.serialId = :id and p.counterpartyId not in"
                    + " (select m.counterpartyId from SerialMemberEntity m where m.serialId = :id)")
                    .setParameter("id", id).executeUpdate();
            em.flush();
            return entity.toSerialOffer(counts(em, List.of(id)).getOrDefault(id, Counts.NONE));
        });
    }

    void delete(long id, long expectedVersion) {
        jpa.tx(TransactionType.Required, em -> {
            SerialOfferEntity entity = lock(em, id, expectedVersion);
            requireStatus(entity, "deleted", SerialOfferStatus.DRAFT);
            em.createQuery("delete from SerialPriceEntity p where p.serialId = :id").setParameter("id", id)
                    .executeUpdate();
            em.createQuery("delete from SerialMemberEntity m where m.serialId = :id").setParameter("id", id)
                    .executeUpdate();
            em.remove(entity);
            em.flush();
        });
    }

    Optional<SerialOffer> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(SerialOfferEntity.class, id))
                .map(entity -> entity.toSerialOffer(counts(em, List.of(id)).getOrDefault(id, Counts.NONE))));
    }

    Page<SerialOffer> list(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<SerialOfferEntity> heads = em.createQuery("select s from SerialOfferEntity s order by s.id desc",
                    SerialOfferEntity.class).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            Map<Long, Counts> counts = heads.isEmpty() ? Map.of()
                    : counts(em, heads.stream().map(SerialOfferEntity::id).toList());
            long total = em.createQuery("select count(s) from SerialOfferEntity s", Long.class).getSingleResult();
            return new Page<>(heads.stream().map(h -> h.toSerialOffer(counts.getOrDefault(h.id(), Counts.NONE)))
                    .toList(), page.page(), page.size(), total);
        });
    }

    /** The members in their order, each with its offer's status, label and gross total when it has one. */
    Page<MemberRow> members(long id, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<MemberRow> rows = em.createQuery("select m.counterpartyId, m.offerId, m.error, o.status, o.number,"
                            + " o.revision, o.gross from SerialMemberEntity m left join OfferEntity o on o.id = m.offerId"
                            + " where m.serialId = :id order by m.position", Object[].class)
                    .setParameter("id", id).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(SerialStore::memberRow).toList();
            long total = em.createQuery("select count(m) from SerialMemberEntity m where m.serialId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            return new Page<>(rows, page.page(), page.size(), total);
        });
    }

    /** The ids of the members' offers that went out (numbered), in the members' order. */
    Optional<List<Long>> sentOffers(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> em.find(SerialOfferEntity.class, id) == null
                ? Optional.empty() : Optional.of(sentOffers(em, id)));
    }

    private static List<Long> sentOffers(EntityManager em, long id) {
        return em.createQuery("select m.offerId from SerialMemberEntity m, OfferEntity o where o.id = m.offerId"
                        + " and m.serialId = :id and o.status <> :draft order by m.position", Long.class)
                .setParameter("id", id).setParameter("draft", OfferStatus.DRAFT.name()).getResultList();
    }

    /** The members' counterparty ids, in their order. */
    List<Long> memberIds(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> memberIds(em, id));
    }

    List<SerialPrice> prices(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select p.counterpartyId, p.itemId,"
                        + " p.unitPrice from SerialPriceEntity p where p.serialId = :id order by p.counterpartyId,"
                        + " p.itemId", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(row -> new SerialPrice((Long) row[0], (Long) row[1], (BigDecimal) row[2])).toList());
    }

    /** Replaces a draft's price table ({@code replace}) or adds to it, a cell already priced taking the new price. */
    SerialOffer putPrices(long id, long expectedVersion, List<SerialPrice> prices, boolean replace) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SerialOfferEntity entity = lock(em, id, expectedVersion);
            requireStatus(entity, "repriced", SerialOfferStatus.DRAFT);
            if (replace) {
                em.createQuery("delete from SerialPriceEntity p where p.serialId = :id").setParameter("id", id)
                        .executeUpdate();
            }
            int written = 0;
            for (SerialPrice price : prices) {
                int changed = replace ? 0 : em.createQuery("update SerialPriceEntity p set p.unitPrice = :price"
                                + " where p.serialId = :id and p.counterpartyId = :counterparty and p.itemId = :item")
                        .setParameter("price", price.unitPrice()).setParameter("id", id)
                        .setParameter("counterparty", price.counterpartyId()).setParameter("item", price.itemId())
                        .executeUpdate();
                if (changed == 0) {
                    em.persist(new SerialPriceEntity(id, price.counterpartyId(), price.itemId(), price.unitPrice()));
                }
                if (++written % FLUSH_EVERY == 0) {
                    em.flush();
                }
            }
            entity.touch(clock.instant());
            em.flush();
            return entity.toSerialOffer(counts(em, List.of(id)).getOrDefault(id, Counts.NONE));
        });
    }

    /**
     * Begins or resumes generating: a DRAFT or GENERATED serial offer at {@code expectedVersion} becomes GENERATED
     * and answers what its members still without an offer are to get.
     */
    Generation generation(long id, long expectedVersion) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SerialOfferEntity entity = lock(em, id, expectedVersion);
            requireStatus(entity, "generated", SerialOfferStatus.DRAFT, SerialOfferStatus.GENERATED);
            entity.move(SerialOfferStatus.GENERATED, clock.instant());
            em.flush();
            List<Long> pending = em.createQuery("select m.counterpartyId from SerialMemberEntity m where"
                    + " m.serialId = :id and m.offerId is null order by m.position", Long.class)
                    .setParameter("id", id).getResultList();
            Map<Long, Map<Long, BigDecimal>> prices = new HashMap<>();
            for (SerialPrice price : prices(id)) {
                prices.computeIfAbsent(price.counterpartyId(), c -> new HashMap<>())
                        .put(price.itemId(), price.unitPrice());
            }
            return new Generation(entity.content(), pending, prices);
        });
    }

    /**
     * Stores the offers made for members in one transaction, with the serial offer locked: {@code create} stores
     * each, and a member that has its offer already (another generation got there first) is passed over. Answers
     * the offers stored.
     */
    <T> List<Offer> addOffers(long id, Map<Long, T> byCounterparty, Function<T, Offer> create) {
        return jpa.txExpr(TransactionType.Required, em -> {
            em.find(SerialOfferEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            List<Offer> made = new ArrayList<>();
            for (Map.Entry<Long, T> member : byCounterparty.entrySet()) {
                Long existing = em.createQuery("select m.offerId from SerialMemberEntity m where m.serialId = :id"
                                + " and m.counterpartyId = :counterparty", Long.class)
                        .setParameter("id", id).setParameter("counterparty", member.getKey()).getSingleResult();
                if (existing != null) {
                    continue;
                }
                Offer offer = create.apply(member.getValue());
                em.createQuery("update SerialMemberEntity m set m.offerId = :offer, m.error = null"
                                + " where m.serialId = :id and m.counterpartyId = :counterparty")
                        .setParameter("offer", offer.id()).setParameter("id", id)
                        .setParameter("counterparty", member.getKey()).executeUpdate();
                made.add(offer);
            }
            em.flush();
            return made;
        });
    }

    /** Records why a member's offer could not be made or sent (null: clears it). */
    void memberError(long id, long counterpartyId, String error) {
        jpa.tx(TransactionType.Required, em -> setError(em, id, counterpartyId, error));
    }

    private static void setError(EntityManager em, long id, long counterpartyId, String error) {
        em.createQuery("update SerialMemberEntity m set m.error = :error where m.serialId = :id"
                        + " and m.counterpartyId = :counterparty")
                .setParameter("error", error == null || error.length() <= MAX_ERROR ? error
                        : error.substring(0, MAX_ERROR - 1) + "…")
                .setParameter("id", id).setParameter("counterparty", counterpartyId).executeUpdate();
    }

    /** What sending did: the serial offer as it is now and the offers numbered for it. */
    record Sending(SerialOffer serial, List<Offer> released) {
    }

    /**
     * Sends a GENERATED serial offer at {@code expectedVersion} in one transaction: each member's draft offer still
     * valid on {@code today} is numbered by {@code release} (one past its validity is left a draft, its member
     * saying why), then {@code createJob} makes the send job of the offers numbered, which the mailbox's runner
     * sees only once this commits; a refused job leaves no offer numbered.
     */
    Sending send(long id, long expectedVersion, LocalDate today, LongFunction<Offer> release,
            LongSupplier createJob) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SerialOfferEntity entity = lock(em, id, expectedVersion);
            requireStatus(entity, "sent", SerialOfferStatus.GENERATED);
            List<Object[]> drafts = em.createQuery("select m.counterpartyId, m.offerId, o.validUntil from"
                            + " SerialMemberEntity m, OfferEntity o where o.id = m.offerId and m.serialId = :id"
                            + " and o.status = :draft order by m.position", Object[].class)
                    .setParameter("id", id).setParameter("draft", OfferStatus.DRAFT.name()).getResultList();
            List<Offer> released = new ArrayList<>();
            for (Object[] draft : drafts) {
                LocalDate validUntil = (LocalDate) draft[2];
                if (validUntil.isBefore(today)) {
                    setError(em, id, (Long) draft[0], "not sent: the offer was valid until " + validUntil
                            + "; change its validity date and send again");
                } else {
                    released.add(release.apply((Long) draft[1]));
                }
            }
            em.flush();
            if (sentOffers(em, id).isEmpty()) {
                throw new ConflictException("status", "serial offer '" + entity.name() + "' has no offer to send;"
                        + " generate them first (the members' list says why a member has none)");
            }
            entity.sentBy(createJob.getAsLong(), clock.instant());
            em.flush();
            return new Sending(entity.toSerialOffer(counts(em, List.of(id)).getOrDefault(id, Counts.NONE)),
                    released);
        });
    }

    private void addMembers(EntityManager em, long id, List<Long> members) {
        for (int i = 0; i < members.size(); i++) {
            em.persist(new SerialMemberEntity(id, members.get(i), i + 1));
            if ((i + 1) % FLUSH_EVERY == 0) {
                em.flush();
            }
        }
        em.flush();
    }

    private static List<Long> memberIds(EntityManager em, long id) {
        return em.createQuery("select m.counterpartyId from SerialMemberEntity m where m.serialId = :id"
                + " order by m.position", Long.class).setParameter("id", id).getResultList();
    }

    private static Map<Long, Counts> counts(EntityManager em, List<Long> ids) {
        return em.createQuery("select m.serialId, count(m), count(m.offerId), count(m.error) from SerialMemberEntity m"
                        + " where m.serialId in :ids group by m.serialId", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> new Counts(((Long) row[1]).intValue(),
                        ((Long) row[2]).intValue(), ((Long) row[3]).intValue())));
    }

    private static MemberRow memberRow(Object[] row) {
        Long offerId = (Long) row[1];
        OfferStatus status = row[3] == null ? null : OfferStatus.valueOf((String) row[3]);
        String label = offerId == null || status == null ? null
                : Offer.label(offerId, (String) row[4], (Integer) row[5]);
        return new MemberRow((Long) row[0], status == null ? null : offerId, (String) row[2], status, label,
                (BigDecimal) row[6]);
    }

    private static SerialOfferEntity lock(EntityManager em, long id, long expectedVersion) {
        SerialOfferEntity entity = em.find(SerialOfferEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException("Serial offer", id);
        }
        if (entity.version() != expectedVersion) {
            throw new StaleVersionException("Serial offer", id, expectedVersion, entity.version());
        }
        return entity;
    }

    private static void requireStatus(SerialOfferEntity entity, String action, SerialOfferStatus... allowed) {
        if (!Arrays.asList(allowed).contains(entity.status())) {
            throw new ConflictException("status", "serial offer '" + entity.name() + "' is " + entity.status()
                    + " and cannot be " + action + "; only " + Arrays.stream(allowed).map(Enum::name)
                            .collect(Collectors.joining(" or ")) + " can");
        }
    }
}
