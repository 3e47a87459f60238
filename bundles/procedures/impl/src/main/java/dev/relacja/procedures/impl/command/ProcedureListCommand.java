package dev.relacja.procedures.impl.command;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.procedures.api.Procedure;
import dev.relacja.procedures.api.ProcedureService;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:procedure-list}: the procedures the caller may see, newest first, with their progress. */
@Service
@Command(scope = "crm", name = "procedure-list", description = "List procedures with their progress")
public class ProcedureListCommand implements Action {
    @Reference
    ProcedureService procedures;
    @Reference
    CounterpartyService counterparties;

    @Option(name = "--counterparty", description = "Only procedures of the counterparty with this code")
    String counterparty;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Title").maxSize(50);
        table.column("Template");
        table.column("Counterparty");
        table.column("Started by");
        table.column("Start");
        table.column("%").alignRight();
        table.column("Status");
        table.column("Main task").alignRight();
        for (Procedure p : procedures.list(ShellValues.counterpartyId(counterparties, counterparty))) {
            table.addRow().addContent(p.id(), p.title(), p.templateCode() + " v" + p.templateVersion(),
                    ShellValues.counterpartyCode(counterparties, p.counterpartyId()), p.startedBy(), p.startDate(),
                    p.percentDone(), p.status().toLowerCase(Locale.ROOT), p.mainTaskId());
        }
        table.print(System.out);
        return null;
    }
}
