package dev.relacja.tasks.impl.command;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskService;
import dev.relacja.tasks.api.TaskType;
import dev.relacja.tasks.api.TaskTypeService;
import java.time.Instant;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:activity-log}: registers a contact with a customer (a call, a meeting, an e-mail, a visit). */
@Service
@Command(scope = "crm", name = "activity-log", description = "Register an activity with a counterparty")
public class ActivityLogCommand implements Action {
    @Reference
    TaskService tasks;
    @Reference
    TaskTypeService types;
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "type", required = true, description = "Activity type, e.g. phone-call, meeting, email, visit")
    @Completion(TaskTypeCompleter.class)
    String type;
    @Argument(index = 1, name = "title", required = true, description = "What it was about")
    String title;
    @Option(name = "--counterparty", required = true, description = "Code of the counterparty")
    String counterparty;
    @Option(name = "--contact", description = "Id of the contact person")
    Long contact;
    @Option(name = "--at", description = "When it happened: 2026-12-01 or 2026-12-01T10:00:00Z (default: now)")
    String at;
    @Option(name = "--deadline", description = "When it must be done: 2026-12-01 or 2026-12-01T10:00:00Z")
    String deadline;
    @Option(name = "--owner", description = "Login of the operator it belongs to (default: you)")
    String owner;
    @Option(name = "--notes", description = "Notes")
    String notes;
    @Option(name = "--done", description = "Record it as already done (the type's closing stage)")
    boolean done;
    @Option(name = "--thread", description = "Subject thread")
    String thread;

    @Override
    public Object execute() {
        TaskType activityType = activityType();
        Instant when = at == null ? Instant.now() : ShellValues.instant("at", at);
        TaskDraft draft = TaskDraft.titled(title).withType(activityType.code()).withOwner(owner)
                .withCounterparty(ShellValues.counterpartyId(counterparties, counterparty), contact)
                .withSchedule(when, ShellValues.instant("deadline", deadline))
                .withDetails(notes, null, thread, null)
                .withProgress(done ? activityType.closingStage().code() : null, null);
        Task logged = tasks.create(draft);
        return "Activity #" + logged.id() + " logged";
    }

    private TaskType activityType() {
        String code = type.strip();
        TaskType found = types.find(code).orElse(null);
        if (found != null && found.activity()) {
            return found;
        }
        String known = types.list().stream().filter(TaskType::activity).map(TaskType::code)
                .collect(Collectors.joining(", "));
        throw new ValidationException("type", (found == null ? "no task type '" + code + "'"
                : "'" + code + "' is a type of task, not of activity") + "; activity types: " + known);
    }
}
