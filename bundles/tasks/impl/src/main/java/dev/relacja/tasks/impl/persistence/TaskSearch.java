package dev.relacja.tasks.impl.persistence;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.tasks.api.TaskQuery;
import dev.relacja.tasks.api.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * Turns a {@link TaskQuery} plus the caller's visibility into JPQL. Every filter is a plain predicate on
 * an indexed column where one exists; the order always ends in the id so that pages never overlap.
 */
final class TaskSearch {
    private static final Map<String, String> ORDERS = Map.of(
            "deadline", "t.deadline", "start", "t.start", "priority", "t.priority",
            "created", "t.createdAt", "updated", "t.updatedAt", "title", "t.title");

    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final String orderBy;

    /**
     * @param visibleTo operators whose tasks (owned or delegated) the caller sees; null for all
     * @param ownerId the owner filter, already resolved to an id
     * @param team with {@code query.team()}: the caller and their subordinates
     */
    TaskSearch(TaskQuery query, Set<Long> visibleTo, Long ownerId, Set<Long> team, Instant now) {
        if (ownerId != null) {
            condition("t.ownerId = :owner", "owner", ownerId);
            if (visibleTo != null && !visibleTo.contains(ownerId)) {
                // someone outside the caller's team: only what the caller (or their team) delegated to them
                condition("t.delegatedById in :visible", "visible", visibleTo);
            }
        } else if (query.team()) {
            condition("t.ownerId in :team", "team", team);
        } else if (visibleTo != null) {
            condition("(t.ownerId in :visible or t.delegatedById in :visible)", "visible", visibleTo);
        }
        if (query.counterpartyId() != null) {
            condition("t.counterpartyId = :counterparty", "counterparty", query.counterpartyId());
        }
        if (present(query.type())) {
            condition("t.typeCode = :type", "type", query.type().strip());
        }
        if (present(query.stage())) {
            condition("t.stageCode = :stage", "stage", query.stage().strip());
        }
        if (query.priority() != null) {
            condition("t.priority = :priority", "priority", (short) query.priority().ordinal());
        }
        TaskStatus status = Boolean.TRUE.equals(query.overdue()) ? TaskStatus.OPEN : query.status();
        if (status != null) {
            condition("t.status = :status", "status", TaskEntity.code(status));
        }
        if (Boolean.TRUE.equals(query.overdue())) {
            condition("t.deadline < :now", "now", now);
        } else if (Boolean.FALSE.equals(query.overdue())) {
            condition("(t.status = :done or t.deadline is null or t.deadline >= :now)", "now", now);
            parameters.put("done", TaskEntity.DONE);
        }
        if (query.from() != null) {
            condition("t.deadline >= :from", "from", query.from());
        }
        if (query.to() != null) {
            condition("t.deadline < :to", "to", query.to());
        }
        if (present(query.thread())) {
            condition("t.threadKey = :thread", "thread", query.thread().strip().toLowerCase(Locale.ROOT));
        }
        if (present(query.tag())) {
            condition("locate(:tag, t.tags) > 0", "tag", "," + query.tag().strip().toLowerCase(Locale.ROOT) + ",");
        }
        if (present(query.text())) {
            condition("locate(:text, t.searchText) > 0", "text", query.text().strip().toLowerCase(Locale.ROOT));
        }
        if (query.parentId() != null) {
            condition("t.parentId = :parent", "parent", query.parentId());
        } else if (query.topLevel()) {
            predicates.add("t.parentId is null");
        }
        orderBy = orderBy(query.sort());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private void condition(String predicate, String name, Object value) {
        predicates.add(predicate);
        parameters.put(name, value);
    }

    /** No "1 = 1" seed: a literal comparison makes EclipseLink inline every parameter, so Derby compiles each query anew. */
    private String where() {
        return predicates.isEmpty() ? "" : " where " + String.join(" and ", predicates);
    }

    private static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return " order by t.deadline, t.id";
        }
        String key = sort.strip();
        boolean descending = key.startsWith("-");
        String column = ORDERS.get(descending ? key.substring(1) : key);
        if (column == null) {
            throw new ValidationException("sort", "sort by one of " + TaskQuery.SORTS + " (\"-\" in front for descending)");
        }
        String direction = descending ? " desc" : "";
        return " order by " + column + direction + ", t.id" + direction;
    }

    TypedQuery<TaskEntity> page(EntityManager em) {
        return bind(em.createQuery("select t from TaskEntity t" + where() + orderBy, TaskEntity.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(t) from TaskEntity t" + where(), Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
