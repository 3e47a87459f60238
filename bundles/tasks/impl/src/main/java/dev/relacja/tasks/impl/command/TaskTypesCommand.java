package dev.relacja.tasks.impl.command;

import dev.relacja.tasks.api.TaskType;
import dev.relacja.tasks.api.TaskTypeService;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:task-types}: the types of tasks and activities with their stages, closing ones marked {@code *}. */
@Service
@Command(scope = "crm", name = "task-types", description = "List task and activity types with their stages (* closes)")
public class TaskTypesCommand implements Action {
    @Reference
    TaskTypeService types;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Activity");
        table.column("Stages");
        for (TaskType t : types.list()) {
            String stages = t.stages().stream().map(s -> s.code() + (s.closing() ? "*" : ""))
                    .collect(Collectors.joining(", "));
            table.addRow().addContent(t.code(), t.name(), t.activity() ? "yes" : "", stages);
        }
        table.print(System.out);
        return null;
    }
}
