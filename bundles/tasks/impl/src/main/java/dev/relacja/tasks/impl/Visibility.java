package dev.relacja.tasks.impl;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.Role;
import dev.relacja.tasks.impl.persistence.StoredTask;
import dev.relacja.tasks.impl.persistence.TaskStore.Guard;
import java.util.HashSet;
import java.util.Set;

/**
 * Who sees and changes which task: an operator what they own or delegated, a supervisor also what their
 * subordinates (at any depth) own or delegated, an admin everything. Viewers only read. A task the
 * caller may not see is reported as not found, so its existence does not leak.
 */
final class Visibility {
    private final Caller caller;
    private final Set<Long> team;

    Visibility(Caller caller) {
        this.caller = caller;
        Set<Long> members = new HashSet<>(caller.subordinateIds());
        members.add(caller.operatorId());
        this.team = Set.copyOf(members);
    }

    /** The caller and everyone below them in the operator tree. */
    Set<Long> team() {
        return team;
    }

    /** Operators whose tasks the caller sees; null when the caller sees all (an admin). */
    Set<Long> limit() {
        return caller.has(Role.ADMIN) ? null : team;
    }

    boolean canSee(StoredTask task) {
        return caller.has(Role.ADMIN) || team.contains(task.ownerId())
                || (task.delegatedById() != null && team.contains(task.delegatedById()));
    }

    /** Whether the caller may see the tasks of {@code operatorId} because they supervise them. */
    boolean supervises(long operatorId) {
        return caller.has(Role.ADMIN) || team.contains(operatorId);
    }

    /** For reads: throws not-found unless the caller sees the task. */
    Guard reader() {
        return task -> {
            if (!canSee(task)) {
                throw new NotFoundException("Task", task.id());
            }
        };
    }

    /** For changes: the caller must see the task and hold at least the operator role. */
    Guard editor() {
        return task -> {
            reader().check(task);
            if (!caller.has(Role.OPERATOR)) {
                throw new AccessDeniedException(caller.username() + " may only read tasks");
            }
        };
    }
}
