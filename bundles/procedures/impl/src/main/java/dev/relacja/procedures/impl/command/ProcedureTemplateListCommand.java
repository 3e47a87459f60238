package dev.relacja.procedures.impl.command;

import dev.relacja.procedures.api.ProcedureService;
import dev.relacja.procedures.api.ProcedureTemplate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:procedure-template-list}: every procedure template, active or not. */
@Service
@Command(scope = "crm", name = "procedure-template-list", description = "List procedure templates")
public class ProcedureTemplateListCommand implements Action {
    @Reference
    ProcedureService procedures;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Code");
        table.column("Name").maxSize(50);
        table.column("Steps").alignRight();
        table.column("Active");
        table.column("Version").alignRight();
        for (ProcedureTemplate t : procedures.templates()) {
            table.addRow().addContent(t.id(), t.code(), t.name(), t.steps().size(), t.active() ? "yes" : "no",
                    t.version());
        }
        table.print(System.out);
        return null;
    }
}
