package dev.relacja.tasks.impl;

import dev.relacja.contacts.api.TimelineEntry;
import dev.relacja.contacts.api.spi.TimelineContributor;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskQuery;
import dev.relacja.tasks.api.TaskService;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Puts the activities and tasks a caller may see on their counterparty's timeline, latest change first. */
@Component
public class TaskTimeline implements TimelineContributor {
    private final TaskService tasks;

    @Activate
    public TaskTimeline(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<TimelineEntry> entriesFor(long counterpartyId, int limit) {
        TaskQuery query = TaskQuery.builder().counterparty(counterpartyId).sort("-updated").build();
        return tasks.search(query, new PageRequest(0, Math.min(limit, PageRequest.MAX_SIZE))).items().stream()
                .map(TaskTimeline::entry).toList();
    }

    private static TimelineEntry entry(Task task) {
        String summary = (task.activity() ? "Aktywność" : "Zadanie") + " (" + task.type() + ", " + task.stage() + ", "
                + task.owner() + "): " + task.title();
        return new TimelineEntry(task.updatedAt(), "tasks", TasksRecords.TASK, task.id(), summary);
    }
}
