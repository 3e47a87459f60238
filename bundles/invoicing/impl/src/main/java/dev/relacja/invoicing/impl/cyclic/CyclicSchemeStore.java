package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.ParticipantItem;
import dev.relacja.invoicing.api.SchemeParticipant;
import dev.relacja.invoicing.impl.persistence.InvoicingSchema;
import dev.relacja.invoicing.impl.persistence.UniqueKeys;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.EntityNotFoundException;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Cyclic schemes and their participants in the database. Every participant write locks its scheme row first
 * and checks the participant against the scheme as locked, so a scheme change and participant changes queue
 * (always scheme, then participant) and an override never names a line a concurrent edit removed. Names are
 * unique ignoring case, a counterparty takes part in a scheme once (both checked here and backed by
 * constraints); who may write, and what makes a draft valid, are the service's concern.
 */
@Component(service = CyclicSchemeStore.class)
public class CyclicSchemeStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public CyclicSchemeStore(@Reference(target = "(osgi.unit.name=relacja-invoicing)") JpaTemplate jpa,
            @Reference InvoicingSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private CyclicSchemeStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi, e.g. over a test database; DS uses the constructor above. */
    public static CyclicSchemeStore over(JpaTemplate jpa, Clock clock) {
        return new CyclicSchemeStore(jpa, clock);
    }

    CyclicScheme create(SchemeFields fields) {
        return jpa.txExpr(TransactionType.Required, em -> {
            requireFreeName(em, fields.name(), null);
            SchemeEntity entity = new SchemeEntity(fields, clock.instant());
            em.persist(entity);
            flushClaiming(em, fields.name());
            return entity.toScheme(0);
        });
    }

    /** Replaces the scheme; refused while participants override lines the change would remove. */
    CyclicScheme update(long id, long expectedVersion, SchemeFields fields) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SchemeEntity entity = lockScheme(em, id);
            requireVersion("Cyclic scheme", id, expectedVersion, entity.version());
            requireFreeName(em, fields.name(), id);
            requireNoOverridesBeyond(em, entity, fields.items().size());
            requireSamePeriodsOnceBilled(em, entity, fields);
            entity.apply(fields, clock.instant());
            flushClaiming(em, fields.name());
            return entity.toScheme(participantCount(em, id));
        });
    }

    Optional<CyclicScheme> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(SchemeEntity.class, id))
                .map(s -> s.toScheme(participantCount(em, id))));
    }

    /** Every scheme by name, lines and participant counts in two queries. */
    List<CyclicScheme> list() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, Long> counts = em.createQuery("select p.schemeId, count(p) from ParticipantEntity p"
                    + " group by p.schemeId", Object[].class).getResultList().stream()
                    .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
            return em.createQuery("select distinct s from SchemeEntity s left join fetch s.items order by s.nameKey",
                    SchemeEntity.class).getResultList().stream()
                    .map(s -> s.toScheme(counts.getOrDefault(s.id(), 0L))).toList();
        });
    }

    /** Deletes a scheme that never billed a period, with its lines, participants and their overrides. */
    void delete(long id, long expectedVersion) {
        jpa.tx(TransactionType.Required, em -> {
            SchemeEntity entity = lockScheme(em, id);
            requireVersion("Cyclic scheme", id, expectedVersion, entity.version());
            long billed = billed(em, "scheme_id", id);
            if (billed > 0) {
                throw new ConflictException("id", "scheme " + entity.name() + " has billed " + billed + " participant "
                        + "period(s) and is kept for their history; end it with an activeUntil date instead");
            }
            // a bulk delete, so that EclipseLink's cache forgets the participants; the database cascades to their
            // overrides, whose cached rows no one reaches again (participant ids are never reused)
            em.createQuery("delete from ParticipantEntity p where p.schemeId = :scheme")
                    .setParameter("scheme", id).executeUpdate();
            em.remove(entity);
            em.flush();
        });
    }

    /** Adds the participant that {@code resolve} makes of the draft against the locked scheme. */
    SchemeParticipant addParticipant(long schemeId, Function<SchemeTerms, ParticipantFields> resolve) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SchemeTerms scheme = lockScheme(em, schemeId).terms();
            ParticipantFields fields = resolve.apply(scheme);
            requireNotParticipating(em, scheme, fields);
            ParticipantEntity entity = new ParticipantEntity(schemeId, fields, clock.instant());
            em.persist(entity);
            flushJoining(em, scheme, fields);
            return entity.toParticipant();
        });
    }

    /** Changes the participant as {@code resolve} makes the draft of it against the locked scheme. */
    SchemeParticipant updateParticipant(long participantId, long expectedVersion,
            BiFunction<SchemeTerms, Long, ParticipantFields> resolve) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ParticipantEntity entity = lockParticipant(em, participantId);
            requireVersion("Participant", participantId, expectedVersion, entity.version());
            SchemeTerms scheme = em.find(SchemeEntity.class, entity.schemeId()).terms();
            entity.apply(resolve.apply(scheme, entity.counterpartyId()), clock.instant());
            em.flush();
            return entity.toParticipant();
        });
    }

    /**
     * Adds the counterparty's participant or replaces its dates and overrides, as {@code resolve} makes the
     * draft against the locked scheme and the participant's counterparty (null when it is new); answers whether
     * it was added.
     */
    boolean saveParticipant(long schemeId, long counterpartyId,
            BiFunction<SchemeTerms, Long, ParticipantFields> resolve) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SchemeTerms scheme = lockScheme(em, schemeId).terms();
            Optional<ParticipantEntity> existing = participating(em, schemeId, counterpartyId);
            if (existing.isPresent()) {
                existing.get().apply(resolve.apply(scheme, counterpartyId), clock.instant());
                em.flush();
                return false;
            }
            ParticipantFields fields = resolve.apply(scheme, null);
            em.persist(new ParticipantEntity(schemeId, fields, clock.instant()));
            flushJoining(em, scheme, fields);
            return true;
        });
    }

    /** Removes a participant that never billed a period. */
    void removeParticipant(long participantId, long expectedVersion) {
        jpa.tx(TransactionType.Required, em -> {
            ParticipantEntity entity = lockParticipant(em, participantId);
            requireVersion("Participant", participantId, expectedVersion, entity.version());
            long billed = billed(em, "participant_id", participantId);
            if (billed > 0) {
                throw new ConflictException("id", "participant " + participantId + " (" + entity.counterpartyCode()
                        + ") has billed " + billed
                        + " period(s) and is kept for their history; end it with an until date instead");
            }
            em.remove(entity);
            em.flush();
        });
    }

    Optional<SchemeParticipant> findParticipant(long participantId) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(ParticipantEntity.class,
                participantId)).map(ParticipantEntity::toParticipant));
    }

    /** A page of the scheme's participants by counterparty code; their overrides in one batch query. */
    Page<SchemeParticipant> participants(long schemeId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            if (em.find(SchemeEntity.class, schemeId) == null) {
                throw new NotFoundException("Cyclic scheme", schemeId);
            }
            List<SchemeParticipant> items = em.createQuery("select p from ParticipantEntity p where p.schemeId = :scheme"
                    + " order by p.counterpartyCode, p.id", ParticipantEntity.class)
                    .setParameter("scheme", schemeId)
                    .setHint("eclipselink.batch", "p.overrides")
                    .setHint("eclipselink.batch.type", "IN")
                    .setFirstResult(page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(ParticipantEntity::toParticipant).toList();
            long total = items.size() < page.size() && (page.page() == 0 || !items.isEmpty())
                    ? (long) page.offset() + items.size()
                    : participantCount(em, schemeId);
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /**
     * Every participant of the scheme with its overrides, by counterparty code, in two queries whatever their
     * number: the participants' columns, then all override rows of the scheme, joined in memory. No entities
     * are loaded, so a hundred thousand participants cost their records and no persistence context.
     * The counterparty's name is left null: it lives in the contacts module.
     */
    List<SchemeParticipant> allParticipants(long schemeId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, List<ParticipantItem>> overrides = new HashMap<>();
            em.createQuery("select o.participant.id, o.lineNo, o.quantity, o.netPrice from ParticipantItemEntity o"
                    + " where o.participant.schemeId = :scheme order by o.participant.id, o.lineNo", Object[].class)
                    .setParameter("scheme", schemeId)
                    .getResultList()
                    .forEach(row -> overrides.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(ParticipantItemEntity.item((Short) row[1], (BigDecimal) row[2], (BigDecimal) row[3])));
            return em.createQuery("select p.id, p.counterpartyId, p.counterpartyCode, p.validFrom, p.validUntil,"
                    + " p.createdAt, p.updatedAt, p.version from ParticipantEntity p where p.schemeId = :scheme"
                    + " order by p.counterpartyCode, p.id", Object[].class)
                    .setParameter("scheme", schemeId)
                    .getResultList().stream()
                    .map(row -> new SchemeParticipant((Long) row[0], schemeId, (Long) row[1], (String) row[2], null,
                            (LocalDate) row[3], (LocalDate) row[4], List.copyOf(overrides.getOrDefault((Long) row[0],
                                    List.of())), (Instant) row[5], (Instant) row[6], (Long) row[7]))
                    .toList();
        });
    }

    long participantCount(long schemeId) {
        return jpa.txExpr(TransactionType.Supports, em -> participantCount(em, schemeId));
    }

    private static long participantCount(EntityManager em, long schemeId) {
        return em.createQuery("select count(p) from ParticipantEntity p where p.schemeId = :scheme", Long.class)
                .setParameter("scheme", schemeId).getSingleResult();
    }

    /**
     * Billed periods are keyed by their first day: moving the start, the frequency or the unit of a scheme that
     * billed would make every period look new and bill it again.
     */
    private static void requireSamePeriodsOnceBilled(EntityManager em, SchemeEntity entity, SchemeFields fields) {
        if (entity.samePeriods(fields)) {
            return;
        }
        long billed = billed(em, "scheme_id", entity.id());
        if (billed > 0) {
            throw new ConflictException("activeFrom", "scheme " + entity.name() + " has billed " + billed
                    + " period(s); its start, frequency and unit stay as they are. End it with an until date and start"
                    + " a new scheme for the new periods");
        }
    }

    /** Rows of {@code invoicing_billing} (the run engine's table, hence plain SQL) naming the scheme or participant. */
    private static long billed(EntityManager em, String column, long id) {
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM invoicing_billing WHERE " + column + " = ?")
                .setParameter(1, id).getSingleResult();
        return ((Number) count).longValue();
    }

    private static void requireNoOverridesBeyond(EntityManager em, SchemeEntity scheme, int lines) {
        if (lines >= scheme.terms().lines()) {
            return;
        }
        long overriding = em.createQuery("select count(distinct o.participant.id) from ParticipantItemEntity o"
                + " where o.participant.schemeId = :scheme and o.lineNo > :lines", Long.class)
                .setParameter("scheme", scheme.id()).setParameter("lines", (short) lines).getSingleResult();
        if (overriding > 0) {
            String removed = lines + 1 == scheme.terms().lines() ? "line " + scheme.terms().lines()
                    : "lines " + (lines + 1) + " to " + scheme.terms().lines();
            throw new ConflictException("items", overriding + " participant(s) of scheme " + scheme.name()
                    + " override " + removed + ", which this change removes; change their overrides first (a CSV "
                    + "import replaces them), or keep the line with quantity 0");
        }
    }

    private static void requireFreeName(EntityManager em, String name, Long ownId) {
        List<Long> holders = em.createQuery("select s.id from SchemeEntity s where s.nameKey = :key", Long.class)
                .setParameter("key", SchemeEntity.nameKey(name)).getResultList();
        if (!holders.isEmpty() && !holders.get(0).equals(ownId)) {
            throw new ConflictException("name", "the name " + name + " is taken by cyclic scheme #" + holders.get(0)
                    + "; scheme names are unique ignoring case");
        }
    }

    private static void flushClaiming(EntityManager em, String name) {
        UniqueKeys.flush(em, () -> new ConflictException("name", "the name " + name
                + " was taken by another save just now"));
    }

    private static Optional<ParticipantEntity> participating(EntityManager em, long schemeId, long counterpartyId) {
        return em.createQuery("select p from ParticipantEntity p where p.schemeId = :scheme"
                + " and p.counterpartyId = :counterparty", ParticipantEntity.class)
                .setParameter("scheme", schemeId).setParameter("counterparty", counterpartyId)
                .getResultList().stream().findFirst();
    }

    private static void requireNotParticipating(EntityManager em, SchemeTerms scheme, ParticipantFields fields) {
        participating(em, scheme.id(), fields.counterpartyId()).ifPresent(p -> {
            throw alreadyParticipating(scheme, fields, " as participant #" + p.id());
        });
    }

    private static void flushJoining(EntityManager em, SchemeTerms scheme, ParticipantFields fields) {
        UniqueKeys.flush(em, () -> alreadyParticipating(scheme, fields, " since another save just now"));
    }

    private static ConflictException alreadyParticipating(SchemeTerms scheme, ParticipantFields fields, String how) {
        return new ConflictException("counterpartyId", "counterparty " + fields.counterpartyCode() + " ("
                + fields.counterpartyName() + ") takes part in scheme " + scheme.name() + how
                + "; a counterparty takes part in a scheme once");
    }

    /** The scheme, locked for the transaction: participant writes and scheme changes queue on it. */
    private static SchemeEntity lockScheme(EntityManager em, long id) {
        SchemeEntity entity = em.find(SchemeEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException("Cyclic scheme", id);
        }
        return entity;
    }

    /** The participant, locked after its scheme, the order every write takes. */
    private static ParticipantEntity lockParticipant(EntityManager em, long id) {
        ParticipantEntity entity = em.find(ParticipantEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("Participant", id);
        }
        lockScheme(em, entity.schemeId());
        try {
            em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException removedMeanwhile) {
            throw new NotFoundException("Participant", id);
        }
        return entity;
    }

    private static void requireVersion(String what, long id, long expected, long actual) {
        if (actual != expected) {
            throw new StaleVersionException(what, id, expected, actual);
        }
    }
}
