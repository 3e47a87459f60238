package dev.relacja.tasks.impl.command;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.tasks.api.LogEntry;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskService;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:task-show}: one task or activity with its direct sub-tasks and its log. */
@Service
@Command(scope = "crm", name = "task-show", description = "Show a task, its sub-tasks and its log")
public class TaskShowCommand implements Action {
    @Reference
    TaskService tasks;
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "id", required = true, description = "Task id")
    long id;

    @Override
    public Object execute() {
        Task t = tasks.find(id).orElseThrow(() -> new NotFoundException("Task", id));
        PrintStream out = System.out;
        out.printf("#%d  %s  (%s%s, %s)%n", t.id(), t.title(), t.type(), t.activity() ? " activity" : "",
                ShellValues.lower(t.status()));
        line(out, "Stage", t.stage() + ", " + t.percentDone() + " %" + (t.percentManual() ? " (set by hand)" : ""));
        line(out, "Priority", ShellValues.lower(t.priority()));
        line(out, "Owner", t.owner() + (t.delegatedBy() == null ? "" : " (delegated by " + t.delegatedBy() + ")"));
        line(out, "Counterparty", counterparty(t.counterpartyId()));
        line(out, "Contact", contact(t.contactPersonId()));
        line(out, "Start", ShellValues.when(t.start()));
        line(out, "Deadline", ShellValues.when(t.deadline()) + (t.overdue() ? " (overdue)" : ""));
        line(out, "Completed", ShellValues.when(t.completedAt()));
        line(out, "Parent", t.parentId() == null ? null : "#" + t.parentId());
        line(out, "Open subtasks", t.openSubtasks() == 0 ? null : Integer.toString(t.openSubtasks()));
        line(out, "Thread", t.thread());
        line(out, "Tags", String.join(", ", t.tags()));
        line(out, "Description", t.description());
        line(out, "Created", ShellValues.when(t.createdAt()) + " by " + t.createdBy());
        line(out, "Updated", ShellValues.when(t.updatedAt()));
        printSubtasks(out, tasks.subtasks(t.id()));
        printLog(out, tasks.log(t.id()));
        return null;
    }

    private String counterparty(Long counterpartyId) {
        if (counterpartyId == null) {
            return null;
        }
        return counterparties.find(counterpartyId).map(Counterparty::code).orElse("#" + counterpartyId);
    }

    private String contact(Long contactPersonId) {
        if (contactPersonId == null) {
            return null;
        }
        return counterparties.findContactPerson(contactPersonId).map(ContactPerson::name).orElse("#" + contactPersonId);
    }

    private static void printSubtasks(PrintStream out, List<Task> subtasks) {
        if (subtasks.isEmpty()) {
            return;
        }
        out.println("Sub-tasks:");
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Title").maxSize(50);
        table.column("Owner");
        table.column("Stage");
        table.column("%").alignRight();
        table.column("Deadline");
        for (Task s : subtasks) {
            table.addRow().addContent(s.id(), s.title(), s.owner(), s.stage(), s.percentDone(),
                    ShellValues.when(s.deadline()) + (s.overdue() ? " !" : ""));
        }
        table.print(out);
    }

    private static void printLog(PrintStream out, List<LogEntry> log) {
        out.println("Log:");
        ShellTable table = new ShellTable();
        table.column("At");
        table.column("Operator");
        table.column("Kind");
        table.column("Change").maxSize(40);
        table.column("Minutes").alignRight();
        table.column("Text").maxSize(60);
        for (LogEntry e : log) {
            String change = e.from() == null && e.to() == null ? ""
                    : ShellValues.orBlank(e.from()) + " -> " + ShellValues.orBlank(e.to());
            table.addRow().addContent(ShellValues.when(e.at()), e.operator(), ShellValues.lower(e.kind()), change,
                    ShellValues.orBlank(e.minutesSpent()), ShellValues.orBlank(e.text()));
        }
        table.print(out);
    }

    private static void line(PrintStream out, String label, String value) {
        if (value != null && !value.isEmpty()) {
            out.printf("  %-14s %s%n", label + ":", value);
        }
    }
}
