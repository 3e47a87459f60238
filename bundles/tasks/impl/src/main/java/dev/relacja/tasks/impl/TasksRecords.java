package dev.relacja.tasks.impl;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordResolver;
import dev.relacja.tasks.api.TaskService;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Vouches for tasks and activities the caller may see, so records can be linked and files attached to them. */
@Component(property = RecordResolver.TYPES + "=" + TasksRecords.TASK, service = RecordResolver.class)
public class TasksRecords implements RecordResolver {
    public static final String TASK = TaskService.RECORD_TYPE;

    private final TaskService tasks;

    @Activate
    public TasksRecords(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<String> title(RecordRef record) {
        return TASK.equals(record.type()) ? tasks.find(record.id()).map(t -> "#" + t.id() + " " + t.title()) : Optional.empty();
    }
}
