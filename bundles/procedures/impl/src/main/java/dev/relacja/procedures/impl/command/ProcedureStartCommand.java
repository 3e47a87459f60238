package dev.relacja.procedures.impl.command;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.procedures.api.Procedure;
import dev.relacja.procedures.api.ProcedureService;
import dev.relacja.procedures.api.ProcedureStart;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskService;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:procedure-start}: starts a procedure for a counterparty and shows the steps' deadlines. */
@Service
@Command(scope = "crm", name = "procedure-start", description = "Start a procedure for a counterparty")
public class ProcedureStartCommand implements Action {
    @Reference
    ProcedureService procedures;
    @Reference
    TaskService tasks;
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "template", required = true, description = "Code of the procedure template")
    @Completion(TemplateCodeCompleter.class)
    String template;
    @Option(name = "--counterparty", required = true, description = "Code of the counterparty it is for")
    String counterparty;
    @Option(name = "--start", description = "Start date such as 2026-12-01 (default: today)")
    String start;
    @Option(name = "--title", description = "Title of the main task (default: template and counterparty names)")
    String title;
    @Option(name = "--owner", description = "Login of the main task's owner (default: you)")
    String owner;

    @Override
    public Object execute() {
        Procedure p = procedures.start(new ProcedureStart(template, ShellValues.counterpartyId(counterparties, counterparty),
                ShellValues.date("start", start), title, owner));
        PrintStream out = System.out;
        out.printf("Procedure #%d started: %s (main task #%d)%n", p.id(), p.title(), p.mainTaskId());
        ShellTable table = new ShellTable();
        table.column("Task").alignRight();
        table.column("Step").maxSize(50);
        table.column("Owner");
        table.column("Start");
        table.column("Deadline");
        for (Task step : tasks.subtasks(p.mainTaskId())) {
            table.addRow().addContent(step.id(), step.title(), step.owner(), ShellValues.when(step.start()),
                    ShellValues.when(step.deadline()));
        }
        table.print(out);
        return null;
    }
}
