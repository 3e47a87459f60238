package dev.relacja.tasks.impl.command;

import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:task-done}: completes a task, and with {@code --close-subtasks} its open sub-tasks too. */
@Service
@Command(scope = "crm", name = "task-done", description = "Complete a task")
public class TaskDoneCommand implements Action {
    @Reference
    TaskService tasks;

    @Argument(index = 0, name = "id", required = true, description = "Task id")
    long id;
    @Option(name = "--close-subtasks", description = "Complete its open sub-tasks as well")
    boolean closeSubtasks;

    @Override
    public Object execute() {
        Task task = tasks.complete(id, closeSubtasks);
        return "Task #" + task.id() + " done";
    }
}
