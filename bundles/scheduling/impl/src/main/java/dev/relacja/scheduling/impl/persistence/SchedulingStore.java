package dev.relacja.scheduling.impl.persistence;

import dev.relacja.core.api.error.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Scheduling's own tables: operators' working hours and iCalendar feeds. Callers check who may do what. */
@Component(service = SchedulingStore.class)
public class SchedulingStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public SchedulingStore(@Reference(target = "(osgi.unit.name=relacja-scheduling)") JpaTemplate jpa,
            @Reference SchedulingSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private SchedulingStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi (tests), over a migrated database. */
    public static SchedulingStore over(JpaTemplate jpa, Clock clock) {
        return new SchedulingStore(jpa, clock);
    }

    public Optional<StoredHours> hours(long operatorId) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(WorkingHoursEntity.class, operatorId)))
                .map(WorkingHoursEntity::toStored);
    }

    public StoredHours saveHours(StoredHours hours, long actorId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            WorkingHoursEntity entity = em.find(WorkingHoursEntity.class, hours.operatorId());
            boolean created = entity == null;
            if (created) {
                entity = new WorkingHoursEntity(hours.operatorId());
            }
            entity.set(hours, clock.instant(), actorId);
            if (created) {
                em.persist(entity);
            }
            return entity.toStored();
        });
    }

    public void dropHours(long operatorId) {
        jpa.tx(TransactionType.Required, em -> {
            WorkingHoursEntity entity = em.find(WorkingHoursEntity.class, operatorId);
            if (entity != null) {
                em.remove(entity);
            }
        });
    }

    public StoredFeed createFeed(long operatorId, String login, boolean team, String tokenHash) {
        return jpa.txExpr(TransactionType.Required, em -> {
            IcalFeedEntity entity = new IcalFeedEntity(operatorId, login, team, tokenHash, clock.instant());
            em.persist(entity);
            em.flush();
            return entity.toStored();
        });
    }

    public List<StoredFeed> feeds(long operatorId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select f from IcalFeedEntity f where f.operatorId = :operator order by f.id desc", IcalFeedEntity.class)
                .setParameter("operator", operatorId).getResultList().stream().map(IcalFeedEntity::toStored).toList());
    }

    public long activeFeeds(long operatorId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select count(f) from IcalFeedEntity f where f.operatorId = :operator and f.revokedAt is null", Long.class)
                .setParameter("operator", operatorId).getSingleResult());
    }

    public Optional<StoredFeed> feed(long id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(IcalFeedEntity.class, id)))
                .map(IcalFeedEntity::toStored);
    }

    /** The active feed whose token has this hash. */
    public Optional<StoredFeed> activeFeedByHash(String tokenHash) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select f from IcalFeedEntity f where f.tokenHash = :hash and f.revokedAt is null", IcalFeedEntity.class)
                .setParameter("hash", tokenHash).getResultList().stream().findFirst().map(IcalFeedEntity::toStored));
    }

    public StoredFeed rotateFeed(long id, String newTokenHash) {
        return jpa.txExpr(TransactionType.Required, em -> {
            IcalFeedEntity entity = existing(em.find(IcalFeedEntity.class, id), id);
            entity.rotate(newTokenHash, clock.instant());
            return entity.toStored();
        });
    }

    public StoredFeed revokeFeed(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            IcalFeedEntity entity = existing(em.find(IcalFeedEntity.class, id), id);
            entity.revoke(clock.instant());
            return entity.toStored();
        });
    }

    private static IcalFeedEntity existing(IcalFeedEntity entity, long id) {
        if (entity == null) {
            throw new NotFoundException("iCalendar feed", id);
        }
        return entity;
    }
}
