package dev.relacja.tasks.impl.command;

import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskService;
import dev.relacja.tasks.api.WorkReport;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:task-progress}: reports work on a task: a new stage, percent done, time spent, a comment. */
@Service
@Command(scope = "crm", name = "task-progress", description = "Report work on a task")
public class TaskProgressCommand implements Action {
    @Reference
    TaskService tasks;

    @Argument(index = 0, name = "id", required = true, description = "Task id")
    long id;
    @Option(name = "--stage", description = "The stage the task is in now")
    String stage;
    @Option(name = "--percent", description = "Percent done, 0 to 100")
    Integer percent;
    @Option(name = "--minutes", description = "Minutes spent")
    Integer minutes;
    @Option(name = "--comment", description = "What was done")
    String comment;

    @Override
    public Object execute() {
        Task task = tasks.report(id, new WorkReport(stage, percent, minutes, comment));
        return "Task #" + task.id() + ": " + task.stage() + ", " + task.percentDone() + " %";
    }
}
