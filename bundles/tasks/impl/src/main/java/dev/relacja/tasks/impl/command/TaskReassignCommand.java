package dev.relacja.tasks.impl.command;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.tasks.api.Reassignment;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskService;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code crm:task-reassign}: gives one task to another operator ({@code <id> <login>}), or moves the open
 * tasks of one operator, all or those named with {@code --task}, to another ({@code --from --to}).
 */
@Service
@Command(scope = "crm", name = "task-reassign",
        description = "Reassign a task (<id> <login>) or in bulk (--from <login> --to <login> [--task <id>]...)")
public class TaskReassignCommand implements Action {
    private static final String USAGE = "use task-reassign <id> <login>, or task-reassign --from <login> --to <login>"
            + " [--task <id>]...";

    @Reference
    TaskService tasks;

    @Argument(index = 0, name = "id", description = "Task id (single reassignment)")
    Long id;
    @Argument(index = 1, name = "login", description = "Login of the new owner (single reassignment)")
    String login;
    @Option(name = "--from", description = "Login whose open tasks move (bulk)")
    String from;
    @Option(name = "--to", description = "Login who takes them (bulk)")
    String to;
    @Option(name = "--task", multiValued = true, description = "Only this task of --from (repeatable; default: all open)")
    List<Long> taskIds;

    @Override
    public Object execute() {
        boolean bulk = from != null || to != null || (taskIds != null && !taskIds.isEmpty());
        if (id != null && bulk) {
            throw new ValidationException("id", "give either a task id and a login or --from/--to, not both; " + USAGE);
        }
        if (id != null) {
            if (login == null || login.isBlank()) {
                throw new ValidationException("login", "name who takes task #" + id + "; " + USAGE);
            }
            Task task = tasks.reassign(id, login.strip());
            return "Task #" + task.id() + " now belongs to " + task.owner();
        }
        if (!bulk) {
            throw new ValidationException("id", "nothing to reassign; " + USAGE);
        }
        List<FieldError> missing = new ArrayList<>();
        if (from == null || from.isBlank()) {
            missing.add(new FieldError("from", "name whose tasks move with --from <login>"));
        }
        if (to == null || to.isBlank()) {
            missing.add(new FieldError("to", "name who takes them with --to <login>"));
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        List<Long> moved = tasks.reassign(new Reassignment(from.strip(), to.strip(), taskIds));
        if (moved.isEmpty()) {
            return "No open tasks of " + from.strip() + " to move";
        }
        return "Moved " + moved.size() + (moved.size() == 1 ? " task" : " tasks") + " from " + from.strip() + " to "
                + to.strip() + ": " + moved.stream().map(m -> "#" + m).collect(Collectors.joining(", "));
    }
}
