package dev.relacja.scheduling.impl.persistence;

import dev.relacja.scheduling.api.Alert;
import dev.relacja.scheduling.api.Notification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scheduling's alert tables: reminder settings, alerts, their deliveries, in-app notifications and the
 * scheduler's heartbeat. Callers check who may do what; every write is one transaction.
 */
@Component(service = AlertStore.class)
public class AlertStore {
    /** Derby and PostgreSQL both take this many values in an IN list comfortably. */
    private static final int IN_CHUNK = 500;

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public AlertStore(@Reference(target = "(osgi.unit.name=relacja-scheduling)") JpaTemplate jpa,
            @Reference SchedulingSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private AlertStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi (tests), over a migrated database. */
    public static AlertStore over(JpaTemplate jpa, Clock clock) {
        return new AlertStore(jpa, clock);
    }

    // --- reminder settings

    public Optional<List<Integer>> operatorReminders(long operatorId) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(AlertSettingsEntity.class, operatorId)))
                .map(AlertSettingsEntity::reminders);
    }

    public void saveOperatorReminders(long operatorId, List<Integer> minutes, long actorId) {
        save(AlertSettingsEntity.class, operatorId, () -> new AlertSettingsEntity(operatorId), minutes, actorId);
    }

    public void dropOperatorReminders(long operatorId) {
        drop(AlertSettingsEntity.class, operatorId);
    }

    public Optional<List<Integer>> itemReminders(long taskId) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(ItemRemindersEntity.class, taskId)))
                .map(ItemRemindersEntity::reminders);
    }

    /** The own reminders of those of {@code taskIds} that have them. */
    public Map<Long, List<Integer>> itemReminders(Collection<Long> taskIds) {
        Map<Long, List<Integer>> found = new HashMap<>();
        List<Long> ids = List.copyOf(taskIds);
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + IN_CHUNK));
            jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "select r from ItemRemindersEntity r where r.taskId in :ids", ItemRemindersEntity.class)
                    .setParameter("ids", chunk).getResultList())
                    .forEach(r -> found.put(r.taskId(), r.reminders()));
        }
        return found;
    }

    public void saveItemReminders(long taskId, List<Integer> minutes, long actorId) {
        save(ItemRemindersEntity.class, taskId, () -> new ItemRemindersEntity(taskId), minutes, actorId);
    }

    public void dropItemReminders(long taskId) {
        drop(ItemRemindersEntity.class, taskId);
    }

    private <E extends ReminderListColumns> void save(Class<E> type, long id, Supplier<E> created, List<Integer> minutes,
            long actorId) {
        jpa.tx(TransactionType.Required, em -> {
            E entity = em.find(type, id);
            boolean isNew = entity == null;
            if (isNew) {
                entity = created.get();
            }
            entity.set(minutes, clock.instant(), actorId);
            if (isNew) {
                em.persist(entity);
            }
        });
    }

    private void drop(Class<? extends ReminderListColumns> type, long id) {
        jpa.tx(TransactionType.Required, em -> {
            ReminderListColumns entity = em.find(type, id);
            if (entity != null) {
                em.remove(entity);
            }
        });
    }

    // --- alerts

    /**
     * Brings the item's alerts to {@code plan}: pending alerts it no longer wants are retired; wanted ones are
     * recorded (at most once: the unique key), revived if retired, described anew if pending; fired ones stay.
     * Answers how many alerts were created or revived.
     */
    public int apply(AlertPlan plan) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<AlertPlan.Reminder, AlertEntity> existing = new HashMap<>();
            for (AlertEntity alert : em.createQuery("select a from AlertEntity a where a.taskId = :task", AlertEntity.class)
                    .setParameter("task", plan.taskId()).getResultList()) {
                existing.put(alert.reminder(), alert);
                if (alert.state() == AlertState.PENDING && !plan.reminders().contains(alert.reminder())) {
                    alert.retire();
                }
            }
            int added = 0;
            for (AlertPlan.Reminder reminder : plan.reminders()) {
                AlertEntity alert = existing.get(reminder);
                if (alert == null) {
                    if (reminder.anchor().isBefore(plan.createFrom())) {
                        continue;
                    }
                    alert = new AlertEntity(plan.taskId(), reminder.minutesBefore(), reminder.anchor(), plan.knownAt());
                    alert.describe(plan);
                    em.persist(alert);
                    added++;
                } else if (alert.state() == AlertState.RETIRED) {
                    alert.describe(plan);
                    alert.revive(plan.knownAt());
                    added++;
                } else if (alert.state() == AlertState.PENDING) {
                    alert.describe(plan);
                }
            }
            return added;
        });
    }

    /** Retires the pending alerts of {@code taskId} that belong to {@code operatorId}. */
    public int retirePending(long taskId, long operatorId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<AlertEntity> pending = em.createQuery("select a from AlertEntity a where a.taskId = :task"
                    + " and a.operatorId = :operator and a.state = :pending", AlertEntity.class)
                    .setParameter("task", taskId).setParameter("operator", operatorId)
                    .setParameter("pending", AlertState.PENDING).getResultList();
            pending.forEach(AlertEntity::retire);
            return pending.size();
        });
    }

    /** Retires the pending alerts of operators not among {@code activeOperatorIds} (deactivated or gone). */
    public int retirePendingExcept(Set<Long> activeOperatorIds) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<AlertEntity> query = activeOperatorIds.isEmpty()
                    ? em.createQuery("select a from AlertEntity a where a.state = :pending", AlertEntity.class)
                    : em.createQuery("select a from AlertEntity a where a.state = :pending"
                            + " and a.operatorId not in :active", AlertEntity.class)
                            .setParameter("active", List.copyOf(activeOperatorIds));
            List<AlertEntity> pending = query.setParameter("pending", AlertState.PENDING).getResultList();
            pending.forEach(AlertEntity::retire);
            return pending.size();
        });
    }

    /** The items with pending alerts of {@code operatorId} whose anchor lies in {@code [from, to)}. */
    public Set<Long> pendingItems(long operatorId, Instant from, Instant to) {
        return new HashSet<>(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select distinct a.taskId from AlertEntity a where a.operatorId = :operator and a.state = :pending"
                        + " and a.anchorAt >= :from and a.anchorAt < :to", Long.class)
                .setParameter("operator", operatorId).setParameter("pending", AlertState.PENDING)
                .setParameter("from", from).setParameter("to", to).getResultList()));
    }

    public List<StoredAlert> alerts(long taskId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select a from AlertEntity a where a.taskId = :task order by a.anchorAt, a.minutesBefore desc", AlertEntity.class)
                .setParameter("task", taskId).getResultList().stream().map(AlertEntity::toStored).toList());
    }

    public Optional<StoredAlert> alert(long id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(AlertEntity.class, id)))
                .map(AlertEntity::toStored);
    }

    /**
     * Fires up to {@code limit} pending alerts due by now, earliest first, and records a pending delivery on
     * each of {@code channels}, all in one transaction. Answers the fired alerts.
     */
    public List<StoredAlert> fireDue(List<String> channels, Duration grace, int limit) {
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<AlertEntity> due = em.createQuery("select a from AlertEntity a where a.state = :pending and a.dueAt <= :now"
                    + " order by a.dueAt, a.id", AlertEntity.class)
                    .setParameter("pending", AlertState.PENDING).setParameter("now", now)
                    .setMaxResults(limit).getResultList();
            List<StoredAlert> fired = new ArrayList<>();
            for (AlertEntity alert : due) {
                alert.fire(now, grace);
                for (String channel : channels) {
                    em.persist(new DeliveryEntity(alert.id(), channel, now));
                }
                fired.add(alert.toStored());
            }
            return fired;
        });
    }

    // --- deliveries

    /** Pending deliveries on {@code channels} whose next attempt is due, earliest first, at most {@code limit}. */
    public List<StoredDelivery> dueDeliveries(Collection<String> channels, int limit) {
        if (channels.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select d from DeliveryEntity d"
                + " where d.state = :pending and d.nextAttemptAt <= :now and d.channel in :channels"
                + " order by d.nextAttemptAt, d.id", DeliveryEntity.class)
                .setParameter("pending", DeliveryState.PENDING).setParameter("now", now)
                .setParameter("channels", List.copyOf(channels)).setMaxResults(limit).getResultList()
                .stream().map(DeliveryEntity::toStored).toList());
    }

    public List<StoredDelivery> deliveries(long alertId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select d from DeliveryEntity d where d.alertId = :alert order by d.channel", DeliveryEntity.class)
                .setParameter("alert", alertId).getResultList().stream().map(DeliveryEntity::toStored).toList());
    }

    public void delivered(long deliveryId) {
        update(deliveryId, d -> d.delivered(clock.instant()));
    }

    public void skipped(long deliveryId, String reason) {
        update(deliveryId, d -> d.skipped(reason));
    }

    /** Records a failed attempt; {@code retryAfter} null gives up. */
    public void failed(long deliveryId, String error, Duration retryAfter) {
        update(deliveryId, d -> d.failed(error, retryAfter == null ? null : clock.instant().plus(retryAfter)));
    }

    private void update(long deliveryId, Consumer<DeliveryEntity> change) {
        jpa.tx(TransactionType.Required, em -> {
            DeliveryEntity delivery = em.find(DeliveryEntity.class, deliveryId);
            if (delivery != null) {
                change.accept(delivery);
            }
        });
    }

    // --- in-app notifications

    /** Records the alert's notification unless it already has one; answers whether it was new. */
    public boolean notify(Alert alert) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (notificationOf(em, alert.id()) != null) {
                return false;
            }
            em.persist(new NotificationEntity(alert, clock.instant()));
            return true;
        });
    }

    private static Long notificationOf(EntityManager em, long alertId) {
        return em.createQuery("select n.id from NotificationEntity n where n.alertId = :alert", Long.class)
                .setParameter("alert", alertId).getResultList().stream().findFirst().orElse(null);
    }

    public List<Notification> notifications(long operatorId, boolean unreadOnly, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select n from NotificationEntity n"
                + " where n.operatorId = :operator" + (unreadOnly ? " and n.readAt is null" : "")
                + " order by n.createdAt desc, n.anchorAt desc, n.id desc",
                NotificationEntity.class).setParameter("operator", operatorId).setMaxResults(limit).getResultList()
                .stream().map(NotificationEntity::toNotification).toList());
    }

    public long unread(long operatorId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select count(n) from NotificationEntity n where n.operatorId = :operator and n.readAt is null", Long.class)
                .setParameter("operator", operatorId).getSingleResult());
    }

    /** The ids among {@code ids} that are not notifications of {@code operatorId}. */
    public Set<Long> notMine(long operatorId, Set<Long> ids) {
        Set<Long> missing = new HashSet<>(ids);
        List<Long> list = List.copyOf(ids);
        for (int i = 0; i < list.size(); i += IN_CHUNK) {
            List<Long> chunk = list.subList(i, Math.min(list.size(), i + IN_CHUNK));
            missing.removeAll(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "select n.id from NotificationEntity n where n.operatorId = :operator and n.id in :ids", Long.class)
                    .setParameter("operator", operatorId).setParameter("ids", chunk).getResultList()));
        }
        return missing;
    }

    /** Marks the operator's notifications read, those of {@code ids} or all (null); answers how many were unread. */
    public int markRead(long operatorId, Set<Long> ids) {
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<NotificationEntity> unread = em.createQuery("select n from NotificationEntity n"
                    + " where n.operatorId = :operator and n.readAt is null", NotificationEntity.class)
                    .setParameter("operator", operatorId).getResultList().stream()
                    .filter(n -> ids == null || ids.contains(n.id())).toList();
            unread.forEach(n -> n.markRead(now));
            return unread.size();
        });
    }

    // --- the heartbeat

    public Optional<Instant> lastTick() {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(AlertClockEntity.class, AlertClockEntity.ID)))
                .map(AlertClockEntity::lastTickAt);
    }

    public void tick() {
        Instant now = clock.instant();
        jpa.tx(TransactionType.Required, em -> {
            AlertClockEntity clockRow = em.find(AlertClockEntity.class, AlertClockEntity.ID);
            if (clockRow == null) {
                em.persist(new AlertClockEntity(now));
            } else {
                clockRow.tick(now);
            }
        });
    }
}
