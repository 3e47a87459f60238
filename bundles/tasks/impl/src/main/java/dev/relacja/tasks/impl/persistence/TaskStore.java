package dev.relacja.tasks.impl.persistence;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.tasks.api.LogKind;
import dev.relacja.tasks.api.Stage;
import dev.relacja.tasks.api.TaskQuery;
import dev.relacja.tasks.api.TaskSlot;
import dev.relacja.tasks.api.TaskStatus;
import dev.relacja.tasks.api.TaskType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Activities and tasks in the database, with the rules of the task tree: sub-tasks at most
 * {@value #MAX_DEPTH} levels below their main task, no task below itself, a parent's derived percent
 * kept in step with its sub-tasks, and a log line for every change. Who may do what is the service's
 * concern: it passes a {@link Guard} that the store applies to each task inside the transaction.
 */
@Component(service = TaskStore.class)
public class TaskStore {
    /** Depth of the deepest sub-task (a main task has depth 0): five levels are plenty for work breakdown and keep trees readable. */
    public static final int MAX_DEPTH = 4;

    private final JpaTemplate jpa;
    private final TaskTypeStore types;
    private final Clock clock;

    @Activate
    public TaskStore(@Reference(target = "(osgi.unit.name=relacja-tasks)") JpaTemplate jpa,
            @Reference TaskTypeStore types) {
        this(jpa, types, Clock.systemUTC());
    }

    private TaskStore(JpaTemplate jpa, TaskTypeStore types, Clock clock) {
        this.jpa = jpa;
        this.types = types;
        this.clock = clock;
    }

    /** A store outside OSGi, e.g. over a test database; DS uses the constructor above. */
    public static TaskStore over(JpaTemplate jpa, TaskTypeStore types, Clock clock) {
        return new TaskStore(jpa, types, clock);
    }

    /** Checks that the caller may change (or, for a parent, extend) a task; throws when not. */
    @FunctionalInterface
    public interface Guard {
        void check(StoredTask task);
    }

    public StoredTask create(TaskFields fields, long actorId, Guard parentGuard) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = clock.instant();
            TaskEntity parent = null;
            if (fields.parentId() != null) {
                parent = parentFor(em, fields.parentId(), parentGuard);
                if (parent.depth() >= MAX_DEPTH) {
                    throw new ValidationException("parentId", "task #" + parent.id() + " is already " + parent.depth()
                            + " levels deep; sub-tasks go at most " + MAX_DEPTH + " levels below a main task");
                }
            }
            TaskEntity task = new TaskEntity(fields, actorId, parent, now);
            em.persist(task);
            em.flush();
            task.becomeRootIfMain();
            Journal journal = new Journal(em, actorId, now);
            journal.add(task.id(), LogKind.CREATED, null, fields.stage().code(), null);
            if (fields.ownerId() != actorId) {
                journal.add(task.id(), LogKind.OWNER, Long.toString(actorId), Long.toString(fields.ownerId()), null);
            }
            if (parent != null) {
                deriveUpwards(em, parent, journal);
            }
            em.flush();
            return task.toStored();
        });
    }

    /** Applies {@code fields} to a task still at {@code expectedVersion}: details, owner, stage, percent and parent. */
    public StoredTask update(long id, long expectedVersion, TaskFields fields, long actorId, Guard guard,
            Guard parentGuard) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = clock.instant();
            TaskEntity task = load(em, id, guard);
            if (task.version() != expectedVersion) {
                throw new StaleVersionException("Task", id, expectedVersion, task.version());
            }
            Journal journal = new Journal(em, actorId, now);
            ChangeLog log = journal.of(task.id());
            Long oldParentId = task.parentId();
            if (!Objects.equals(oldParentId, fields.parentId())) {
                move(em, task, fields.parentId(), parentGuard, log);
            }
            task.setDetails(fields, log);
            task.setOwner(fields.ownerId(), actorId, log);
            if (fields.stage().closing() && task.status() == TaskStatus.OPEN) {
                requireNoOpenDescendants(em, task);
            }
            applyPercent(em, task, fields.percentDone(), log);
            task.setStage(fields.stage(), now, log);
            task.touch(now);
            afterChange(em, task, oldParentId, journal);
            return task.toStored();
        });
    }

    /** Work reported by the owner: stage, percent, time spent and a comment, each logged. */
    public StoredTask report(long id, Stage stage, Integer percent, Integer minutes, String comment, long actorId,
            Guard guard) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = clock.instant();
            TaskEntity task = load(em, id, guard);
            Journal journal = new Journal(em, actorId, now);
            ChangeLog log = journal.of(task.id());
            if (percent != null) {
                task.setPercent(percent, true, log);
            }
            if (stage != null) {
                if (stage.closing() && task.status() == TaskStatus.OPEN) {
                    requireNoOpenDescendants(em, task);
                }
                task.setStage(stage, now, log);
            }
            if (minutes != null) {
                journal.add(task.id(), LogKind.WORK, null, null, minutes, comment);
            } else if (comment != null) {
                journal.add(task.id(), LogKind.COMMENT, null, null, comment);
            }
            task.touch(now);
            afterChange(em, task, task.parentId(), journal);
            return task.toStored();
        });
    }

    /**
     * Moves the task to its type's closing stage; open sub-tasks at any depth are refused unless
     * {@code closeOpenSubtasks}, which closes them first.
     */
    public StoredTask complete(long id, boolean closeOpenSubtasks, long actorId, Guard guard) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = clock.instant();
            TaskEntity task = load(em, id, guard);
            Journal journal = new Journal(em, actorId, now);
            List<TaskEntity> open = openDescendants(em, task);
            if (!open.isEmpty() && !closeOpenSubtasks) {
                throw openSubtasksConflict(task, open);
            }
            for (TaskEntity subtask : open) {
                subtask.setStage(typeOf(subtask).closingStage(), now, journal.of(subtask.id()));
                subtask.touch(now);
            }
            task.setStage(typeOf(task).closingStage(), now, journal.of(task.id()));
            task.touch(now);
            afterChange(em, task, task.parentId(), journal);
            return task.toStored();
        });
    }

    /** Takes a completed task back to its type's first stage. */
    public StoredTask reopen(long id, long actorId, Guard guard) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = clock.instant();
            TaskEntity task = load(em, id, guard);
            if (task.status() != TaskStatus.DONE) {
                throw new ConflictException("status", "task #" + id + " is still open");
            }
            Journal journal = new Journal(em, actorId, now);
            ChangeLog log = journal.of(task.id());
            task.setStage(typeOf(task).initialStage(), now, log);
            if (!task.percentManual() || !hasChildren(em, task)) {
                task.setPercent(task.percentDone() == 100 ? 0 : task.percentDone(), task.percentManual(), log);
            }
            task.touch(now);
            afterChange(em, task, task.parentId(), journal);
            return task.toStored();
        });
    }

    /** Gives each of {@code ids} to {@code newOwnerId}; answers the tasks that changed hands. */
    public List<StoredTask> reassign(Collection<Long> ids, long newOwnerId, long actorId, Guard guard) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = clock.instant();
            Journal journal = new Journal(em, actorId, now);
            List<StoredTask> moved = new ArrayList<>();
            for (long id : ids) {
                TaskEntity task = load(em, id, guard);
                if (task.ownerId() != newOwnerId) {
                    task.setOwner(newOwnerId, actorId, journal.of(id));
                    task.touch(now);
                    em.flush();
                    moved.add(task.toStored());
                }
            }
            return moved;
        });
    }

    /** The ids of {@code ownerId}'s open tasks, for a bulk reassignment. */
    public List<Long> openTaskIds(long ownerId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select t.id from TaskEntity t where t.ownerId = :owner and t.status = :open order by t.id", Long.class)
                .setParameter("owner", ownerId).setParameter("open", TaskEntity.OPEN).getResultList());
    }

    public Optional<StoredTask> find(long id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(TaskEntity.class, id)))
                .map(TaskEntity::toStored);
    }

    /** A page of tasks; {@code visibleTo} null means no visibility limit (an admin). */
    public Page<StoredTask> search(TaskQuery query, Set<Long> visibleTo, Long ownerId, Set<Long> team, PageRequest page) {
        TaskSearch search = new TaskSearch(query, visibleTo, ownerId, team, clock.instant());
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<StoredTask> items = search.page(em).setFirstResult(page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(TaskEntity::toStored).toList();
            long total = items.size() < page.size() && (page.page() == 0 || !items.isEmpty())
                    ? (long) page.offset() + items.size()
                    : search.count(em).getSingleResult();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /**
     * The calendar's view of {@code ownerIds}' records overlapping {@code [from, to)}, as {@link TaskSlot}s
     * read column by column (no entity is loaded), at most {@code limit} of them in order of their beginning. A
     * record spans from its start (else its deadline) to its deadline (else its start); it overlaps when it
     * begins before {@code to} and ends at or after {@code from}, so a point in time exactly at {@code from} is
     * in and one at {@code to} is out. Records with a deadline and those without are asked for apart: the first
     * query then bounds the deadline, and the index {@code (owner_id, deadline, start_at)} answers both before
     * a row is read.
     */
    public List<TaskSlot> slots(Set<Long> ownerIds, Instant from, Instant to, int limit) {
        if (ownerIds.isEmpty() || limit < 1) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<TaskSlot> slots = new ArrayList<>(slots(em, ownerIds, from, to, limit,
                    " and t.deadline >= :from and ((t.start is not null and t.start < :to)"
                            + " or (t.start is null and t.deadline < :to))"));
            slots.addAll(slots(em, ownerIds, from, to, limit,
                    " and t.deadline is null and t.start >= :from and t.start < :to"));
            slots.sort(Comparator.comparing(TaskStore::beginning).thenComparingLong(TaskSlot::id));
            return slots.size() > limit ? List.copyOf(slots.subList(0, limit)) : slots;
        });
    }

    private static List<TaskSlot> slots(EntityManager em, Set<Long> ownerIds, Instant from, Instant to, int limit,
            String overlap) {
        return em.createQuery("select t.id, t.title, t.typeCode, t.activity, t.ownerId, t.priority, t.status,"
                        + " t.percentDone, t.counterpartyId, t.start, t.deadline, t.version from TaskEntity t"
                        + " where t.ownerId in :owners" + overlap
                        + " order by coalesce(t.start, t.deadline), t.id", Object[].class)
                .setParameter("owners", ownerIds).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList().stream().map(TaskEntity::slot).toList();
    }

    private static Instant beginning(TaskSlot slot) {
        return slot.start() != null ? slot.start() : slot.deadline();
    }

    /** Direct sub-tasks of a task, by deadline. */
    public List<StoredTask> children(long parentId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select t from TaskEntity t where t.parentId = :parent order by t.deadline, t.id", TaskEntity.class)
                .setParameter("parent", parentId).getResultList()).stream().map(TaskEntity::toStored).toList();
    }

    /** How many open direct sub-tasks each of {@code ids} has (absent: none). */
    public Map<Long, Integer> openSubtaskCounts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // grouped by status rather than filtered by it: with "status = open" Derby prefers the status
        // index and scans every open task in the table instead of probing the parent index
        Map<Long, Integer> counts = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select t.parentId, t.status, count(t) from TaskEntity t where t.parentId in :ids"
                        + " group by t.parentId, t.status", Object[].class)
                .setParameter("ids", ids).getResultList()).stream()
                .filter(row -> TaskEntity.statusOf(row[1]) == TaskStatus.OPEN)
                .forEach(row -> counts.put((Long) row[0], ((Number) row[2]).intValue()));
        return counts;
    }

    public List<StoredLogEntry> log(long taskId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select l from LogEntryEntity l where l.taskId = :task order by l.id", LogEntryEntity.class)
                .setParameter("task", taskId).getResultList()).stream().map(LogEntryEntity::toStored).toList();
    }

    public TaskAggregates aggregates() {
        return new TaskAggregates(jpa, clock);
    }

    private TaskEntity load(EntityManager em, long id, Guard guard) {
        TaskEntity task = em.find(TaskEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw new NotFoundException("Task", id);
        }
        guard.check(task.toStored());
        return task;
    }

    /** The parent a (sub-)task goes below: visible to the caller and still open. */
    private TaskEntity parentFor(EntityManager em, long parentId, Guard parentGuard) {
        TaskEntity parent = em.find(TaskEntity.class, parentId, LockModeType.PESSIMISTIC_WRITE);
        if (parent == null) {
            throw new ValidationException("parentId", "no task #" + parentId);
        }
        try {
            parentGuard.check(parent.toStored());
        } catch (NotFoundException e) {
            throw new ValidationException("parentId", "no task #" + parentId);
        }
        if (parent.status() == TaskStatus.DONE) {
            throw new ConflictException("parentId", "task #" + parentId + " is done; reopen it before adding sub-tasks");
        }
        return parent;
    }

    /** Moves {@code task} (with its subtree) below {@code newParentId}, refusing cycles and too deep trees. */
    private void move(EntityManager em, TaskEntity task, Long newParentId, Guard parentGuard, ChangeLog log) {
        TaskTree tree = TaskTree.of(em, task.rootId());
        TaskEntity parent = null;
        if (newParentId != null) {
            if (newParentId == task.id() || tree.subtree(task).stream().anyMatch(t -> t.id() == newParentId)) {
                throw new ValidationException("parentId", "task #" + newParentId + " is task #" + task.id()
                        + " itself or one of its sub-tasks; a task cannot go below itself");
            }
            parent = parentFor(em, newParentId, parentGuard);
            int height = tree.height(task);
            if (parent.depth() + 1 + height > MAX_DEPTH) {
                throw new ValidationException("parentId", "below task #" + newParentId + " this tree would be "
                        + (parent.depth() + 1 + height) + " levels deep; the limit is " + MAX_DEPTH);
            }
        }
        task.setParent(parent, log);
        List<TaskEntity> subtree = tree.subtree(task);
        for (TaskEntity below : subtree) {
            below.placeBelow(em.find(TaskEntity.class, below.parentId()));
        }
    }

    private void applyPercent(EntityManager em, TaskEntity task, Integer percent, ChangeLog log) {
        if (percent == null) {
            task.setPercent(task.percentDone(), false, log);
        } else if (percent != task.percentDone()) {
            task.setPercent(percent, true, log);
        }
    }

    /** After a change: derive percents of the task itself (if it has sub-tasks) and of all its ancestors, old and new. */
    private void afterChange(EntityManager em, TaskEntity task, Long oldParentId, Journal journal) {
        em.flush();
        derive(em, task, journal);
        deriveUpwards(em, task, journal);
        if (oldParentId != null && !oldParentId.equals(task.parentId())) {
            TaskEntity oldParent = em.find(TaskEntity.class, oldParentId);
            derive(em, oldParent, journal);
            deriveUpwards(em, oldParent, journal);
        }
        em.flush();
    }

    private void deriveUpwards(EntityManager em, TaskEntity from, Journal journal) {
        TaskEntity current = from;
        while (current.parentId() != null) {
            current = em.find(TaskEntity.class, current.parentId());
            derive(em, current, journal);
        }
    }

    /** An open task with sub-tasks and no percent set by hand shows the mean of its sub-tasks (done ones count 100). */
    private void derive(EntityManager em, TaskEntity task, Journal journal) {
        if (task.percentManual() || task.status() == TaskStatus.DONE) {
            return;
        }
        em.flush();
        List<Object[]> children = em.createQuery(
                "select t.percentDone, t.status from TaskEntity t where t.parentId = :parent", Object[].class)
                .setParameter("parent", task.id()).getResultList();
        if (children.isEmpty()) {
            return;
        }
        int sum = 0;
        for (Object[] child : children) {
            sum += TaskEntity.statusOf(child[1]) == TaskStatus.DONE ? 100 : ((Number) child[0]).intValue();
        }
        task.setPercent(Math.round((float) sum / children.size()), false, journal.of(task.id()));
    }

    private boolean hasChildren(EntityManager em, TaskEntity task) {
        return !em.createQuery("select t.id from TaskEntity t where t.parentId = :parent", Long.class)
                .setParameter("parent", task.id()).setMaxResults(1).getResultList().isEmpty();
    }

    private void requireNoOpenDescendants(EntityManager em, TaskEntity task) {
        List<TaskEntity> open = openDescendants(em, task);
        if (!open.isEmpty()) {
            throw openSubtasksConflict(task, open);
        }
    }

    private List<TaskEntity> openDescendants(EntityManager em, TaskEntity task) {
        return TaskTree.of(em, task.rootId()).subtree(task).stream()
                .filter(t -> t.status() == TaskStatus.OPEN).toList();
    }

    private static ConflictException openSubtasksConflict(TaskEntity task, List<TaskEntity> open) {
        return new ConflictException("closeOpenSubtasks", "task #" + task.id() + " has " + open.size()
                + " open sub-task(s) " + open.stream().map(t -> "#" + t.id()).toList()
                + "; confirm with closeOpenSubtasks=true to close them as well");
    }

    private TaskType typeOf(TaskEntity task) {
        return types.find(task.typeCode()).orElseThrow(() -> new IllegalStateException("no type " + task.typeCode()));
    }
}
