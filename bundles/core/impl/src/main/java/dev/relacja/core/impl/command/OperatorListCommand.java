package dev.relacja.core.impl.command;

import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:operator-list}: the operators, their roles and supervisors. */
@Service
@Command(scope = "crm", name = "operator-list", description = "List operators")
public class OperatorListCommand implements Action {
    @Reference
    OperatorService operators;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Username");
        table.column("Name");
        table.column("Role");
        table.column("Supervisor");
        table.column("Active");
        for (Operator o : operators.list()) {
            table.addRow().addContent(o.id(), o.username(), o.displayName(), o.role(),
                    o.supervisorId() == null ? "" : o.supervisorId(), o.active() ? "yes" : "no");
        }
        table.print(System.out);
        return null;
    }
}
