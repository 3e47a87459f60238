package dev.relacja.tasks.impl;

import dev.relacja.contacts.api.TimelineEntry;
import dev.relacja.contacts.api.spi.TimelineContributor;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import dev.relacja.tasks.api.TaskQuery;
import dev.relacja.tasks.impl.persistence.StoredTask;
import dev.relacja.tasks.impl.persistence.TaskStore;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts the activities and tasks a caller may see on their counterparty's timeline, latest change first.
 * It reads the store under the same visibility rules as the task service, and not through that service:
 * the task service needs the counterparty service, which binds the timeline contributors, and SCR would
 * find the circle.
 */
@Component
public class TaskTimeline implements TimelineContributor {
    private final TaskStore store;
    private final CallerContext callers;
    private final OperatorService operators;

    @Activate
    public TaskTimeline(@Reference TaskStore store, @Reference CallerContext callers,
            @Reference OperatorService operators) {
        this.store = store;
        this.callers = callers;
        this.operators = operators;
    }

    @Override
    public List<TimelineEntry> entriesFor(long counterpartyId, int limit) {
        Visibility visibility = new Visibility(callers.require(Role.VIEWER));
        TaskQuery query = TaskQuery.builder().counterparty(counterpartyId).sort("-updated").build();
        OperatorNames names = new OperatorNames(operators);
        return store.search(query, visibility.limit(), null, visibility.team(),
                new PageRequest(0, Math.min(limit, PageRequest.MAX_SIZE))).items().stream()
                .map(task -> entry(task, names)).toList();
    }

    private static TimelineEntry entry(StoredTask task, OperatorNames names) {
        String summary = (task.activity() ? "Aktywność" : "Zadanie") + " (" + task.type() + ", " + task.stage() + ", "
                + names.login(task.ownerId()) + "): " + task.title();
        return new TimelineEntry(task.updatedAt(), "tasks", TasksRecords.TASK, task.id(), summary);
    }
}
