package dev.relacja.tasks.impl.command;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskService;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:task-add}: creates a task, or with {@code --parent} a sub-task, for the caller or another operator. */
@Service
@Command(scope = "crm", name = "task-add", description = "Add a task (or a sub-task with --parent)")
public class TaskAddCommand implements Action {
    @Reference
    TaskService tasks;
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "title", required = true, description = "What needs doing")
    String title;
    @Option(name = "--type", description = "Task type (default: task)")
    @Completion(TaskTypeCompleter.class)
    String type;
    @Option(name = "--owner", description = "Login of the operator who does it (default: you)")
    String owner;
    @Option(name = "--counterparty", description = "Code of the counterparty it concerns")
    String counterparty;
    @Option(name = "--priority", description = "low, normal (default), high or urgent")
    String priority;
    @Option(name = "--start", description = "Start: 2026-12-01 or 2026-12-01T10:00:00Z")
    String start;
    @Option(name = "--deadline", description = "Deadline: 2026-12-01 or 2026-12-01T10:00:00Z")
    String deadline;
    @Option(name = "--parent", description = "Id of the task this is a sub-task of")
    Long parent;
    @Option(name = "--thread", description = "Subject thread")
    String thread;
    @Option(name = "--tag", multiValued = true, description = "Tag (repeatable)")
    List<String> tags;
    @Option(name = "--description", description = "Details")
    String description;

    @Override
    public Object execute() {
        TaskDraft draft = TaskDraft.titled(title).withType(type).withOwner(owner)
                .withCounterparty(ShellValues.counterpartyId(counterparties, counterparty), null)
                .withSchedule(ShellValues.instant("start", start), ShellValues.instant("deadline", deadline))
                .withParent(parent)
                .withDetails(description, ShellValues.priority(priority), thread, tags);
        Task created = tasks.create(draft);
        return "Task #" + created.id() + " created for " + created.owner();
    }
}
