package dev.relacja.tasks.impl.persistence;

import dev.relacja.tasks.api.TaskStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/** Counts over many tasks: the supervisor's overview and the subject threads. */
public final class TaskAggregates {
    private final JpaTemplate jpa;
    private final Clock clock;

    TaskAggregates(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Per operator of {@code operatorIds}: open, overdue, done since {@code weekStart}, minutes logged since then. */
    public record OperatorCounts(long open, long overdue, long doneSince, long minutesSince) {
    }

    /** A thread as counted for the caller. */
    public record ThreadCounts(String thread, long activities, long tasks, long open, Instant last) {
        ThreadCounts plus(ThreadCounts other) {
            return new ThreadCounts(thread, activities + other.activities, tasks + other.tasks, open + other.open,
                    last.isAfter(other.last) ? last : other.last);
        }
    }

    public Map<Long, OperatorCounts> perOperator(Collection<Long> operatorIds, Instant weekStart) {
        if (operatorIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Supports, em -> {
            // open and overdue in one pass over the owner index: with "deadline < :at" in the WHERE clause
            // Derby prefers the (status, deadline) index and reads every overdue task in the table
            Map<Long, long[]> openAndOverdue = new HashMap<>();
            for (Object[] row : em.createQuery("select t.ownerId, count(t), sum(case when t.deadline < :at then 1 else 0 end)"
                    + " from TaskEntity t where t.ownerId in :ids and t.status = :open group by t.ownerId", Object[].class)
                    .setParameter("ids", operatorIds).setParameter("at", now).setParameter("open", TaskEntity.OPEN)
                    .getResultList()) {
                openAndOverdue.put((Long) row[0], new long[] {number(row[1]), number(row[2])});
            }
            Map<Long, Long> done = grouped(em, "select t.ownerId, count(t) from TaskEntity t"
                    + " where t.ownerId in :ids and t.completedAt >= :at group by t.ownerId", operatorIds, "at", weekStart);
            Map<Long, Long> minutes = grouped(em, "select l.operatorId, sum(l.minutesSpent) from LogEntryEntity l"
                    + " where l.operatorId in :ids and l.at >= :at and l.minutesSpent is not null group by l.operatorId",
                    operatorIds, "at", weekStart);
            Map<Long, OperatorCounts> counts = new HashMap<>();
            for (Long id : operatorIds) {
                long[] open = openAndOverdue.getOrDefault(id, new long[2]);
                counts.put(id, new OperatorCounts(open[0], open[1], done.getOrDefault(id, 0L), minutes.getOrDefault(id, 0L)));
            }
            return counts;
        });
    }

    private static Map<Long, Long> grouped(EntityManager em, String jpql, Collection<Long> ids, String name, Object value) {
        var query = em.createQuery(jpql, Object[].class).setParameter("ids", ids);
        if (name != null) {
            query.setParameter(name, value);
        }
        Map<Long, Long> result = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            result.put((Long) row[0], number(row[1]));
        }
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }

    /** Aggregates bypass the attribute converter: EclipseLink hands back the column's Timestamp. */
    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    /**
     * Threads of the tasks the caller sees ({@code visibleTo} null: all), optionally of one counterparty,
     * most recently changed first. (Counted per kind and status in SQL and folded here: Derby will not
     * compare the BOOLEAN column inside a CASE the way EclipseLink writes it.)
     */
    public List<ThreadCounts> threads(Set<Long> visibleTo, Long counterpartyId, int limit) {
        StringBuilder jpql = new StringBuilder("select t.threadKey, min(t.thread), t.activity, t.status, count(t),"
                + " max(t.updatedAt) from TaskEntity t where t.threadKey is not null");
        if (visibleTo != null) {
            jpql.append(" and (t.ownerId in :visible or t.delegatedById in :visible)");
        }
        if (counterpartyId != null) {
            jpql.append(" and t.counterpartyId = :counterparty");
        }
        jpql.append(" group by t.threadKey, t.activity, t.status");
        List<Object[]> rows = jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery(jpql.toString(), Object[].class);
            if (visibleTo != null) {
                query.setParameter("visible", visibleTo);
            }
            if (counterpartyId != null) {
                query.setParameter("counterparty", counterpartyId);
            }
            return query.getResultList();
        });
        Map<String, ThreadCounts> threads = new HashMap<>();
        for (Object[] row : rows) {
            long count = ((Number) row[4]).longValue();
            boolean activity = Boolean.TRUE.equals(row[2]);
            ThreadCounts part = new ThreadCounts((String) row[1], activity ? count : 0, activity ? 0 : count,
                    TaskEntity.statusOf(row[3]) == TaskStatus.OPEN ? count : 0, instant(row[5]));
            threads.merge((String) row[0], part, ThreadCounts::plus);
        }
        return threads.values().stream().sorted(Comparator.comparing(ThreadCounts::last).reversed()).limit(limit).toList();
    }
}
