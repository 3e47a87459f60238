package dev.relacja.tasks.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Activities and tasks, with the visibility rules enforced for every caller: an operator sees and edits
 * what they own or delegated, a supervisor also everything of their subordinates down the tree, an admin
 * everything; a viewer only reads. A task the caller may not see does not exist for them.
 */
@ProviderType
public interface TaskService {
    /** What activities and tasks are called where records are named ({@code RecordRef}: links, files, e-mail). */
    String RECORD_TYPE = "task";

    /** Creates a task, an activity, or (with {@code parentId}) a sub-task; another owner than the caller delegates it. */
    Task create(TaskDraft draft);

    /** Applies {@code draft} if the task is still at {@code expectedVersion}; the log records each change. */
    Task update(long id, long expectedVersion, TaskDraft draft);

    /** Records work done: stage, percent, time spent and a comment, each as one log entry. */
    Task report(long id, WorkReport report);

    /**
     * Moves the task to its type's closing stage. A task with open sub-tasks is refused with a conflict
     * unless {@code closeOpenSubtasks}, which closes them too.
     */
    Task complete(long id, boolean closeOpenSubtasks);

    /** Takes a completed task back to its type's first stage. */
    Task reopen(long id);

    /** Gives the task to another operator; only its owner's supervisor (or an admin) may. */
    Task reassign(long id, String newOwner);

    /** Reassigns open tasks in bulk; answers the ids of the tasks that moved. */
    List<Long> reassign(Reassignment reassignment);

    Optional<Task> find(long id);

    Page<Task> search(TaskQuery query, PageRequest page);

    /**
     * The activities and tasks owned by {@code ownerIds} whose time overlaps {@code [from, to)}: from the
     * start (the deadline when there is none) to the deadline (the start when there is none); records
     * with neither are left out. Ordered by that first instant, then id; at most {@code limit}. Reads only
     * the columns of {@link TaskSlot}. The caller must see every owner's tasks (themself, a subordinate,
     * or anyone for an admin); otherwise access is denied.
     */
    List<TaskSlot> slots(Set<Long> ownerIds, Instant from, Instant to, int limit);

    /** The direct sub-tasks of a visible task, in order of deadline. */
    List<Task> subtasks(long id);

    /** The task's log, oldest first. */
    List<LogEntry> log(long id);

    /** The caller's subject threads (of one counterparty, when given), most recently active first. */
    List<ThreadSummary> threads(Long counterpartyId);

    /** For a supervisor: one line per operator in their team (themself included). */
    List<TeamMemberSummary> teamOverview();
}
