package dev.relacja.tasks.impl.command;

import dev.relacja.tasks.api.TaskType;
import dev.relacja.tasks.api.TaskTypeService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the codes of task and activity types. */
@Service
public class TaskTypeCompleter implements Completer {
    @Reference
    TaskTypeService types;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        types.list().stream().map(TaskType::code).forEach(codes.getStrings()::add);
        return codes.complete(session, commandLine, candidates);
    }
}
