package dev.relacja.tasks.impl.command;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskQuery;
import dev.relacja.tasks.api.TaskService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:task-list}: search the tasks and activities the caller may see, one page at a time. */
@Service
@Command(scope = "crm", name = "task-list", description = "List or search tasks and activities")
public class TaskListCommand implements Action {
    @Reference
    TaskService tasks;
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "text", description = "Text in title or description")
    String text;
    @Option(name = "--owner", description = "Only tasks of this login")
    String owner;
    @Option(name = "--team", description = "Only tasks of you and the operators you supervise")
    boolean team;
    @Option(name = "--counterparty", description = "Only tasks of the counterparty with this code")
    String counterparty;
    @Option(name = "--type", description = "Only tasks of this type")
    @Completion(TaskTypeCompleter.class)
    String type;
    @Option(name = "--stage", description = "Only tasks in this stage")
    String stage;
    @Option(name = "--priority", description = "Only tasks of this priority: low, normal, high or urgent")
    String priority;
    @Option(name = "--status", description = "open or done (default: both)")
    String status;
    @Option(name = "--overdue", description = "Only open tasks past their deadline")
    boolean overdue;
    @Option(name = "--thread", description = "Only tasks of this subject thread")
    String thread;
    @Option(name = "--tag", description = "Only tasks with this tag")
    String tag;
    @Option(name = "--sort", description = "deadline, start, priority, created, updated or title; prefix - for descending")
    String sort;
    @Option(name = "--page", description = "Page number, from 0")
    int page;
    @Option(name = "--size", description = "Rows per page")
    int size = 50;

    @Override
    public Object execute() {
        TaskQuery query = TaskQuery.builder().owner(owner).team(team)
                .counterparty(ShellValues.counterpartyId(counterparties, counterparty)).type(type).stage(stage)
                .priority(ShellValues.priority(priority)).status(ShellValues.status(status))
                .overdue(overdue ? Boolean.TRUE : null).thread(thread).tag(tag)
                .text(text).sort(sort).build();
        Page<Task> result = tasks.search(query, new PageRequest(page, size));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Title").maxSize(50);
        table.column("Type");
        table.column("Owner");
        table.column("Priority");
        table.column("Stage");
        table.column("%").alignRight();
        table.column("Deadline");
        table.column("Parent").alignRight();
        for (Task t : result.items()) {
            table.addRow().addContent(t.id(), t.title(), t.type(), t.owner(), ShellValues.lower(t.priority()), t.stage(),
                    t.percentDone(), ShellValues.when(t.deadline()) + (t.overdue() ? " !" : ""),
                    ShellValues.orBlank(t.parentId()));
        }
        table.print(System.out);
        System.out.printf("page %d, %d of %d%n", result.page(), result.items().size(), result.total());
        return null;
    }
}
