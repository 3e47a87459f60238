package dev.relacja.invoicing.impl.command;

import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.CyclicSchemeService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:scheme-list}: every cyclic invoicing scheme by name. */
@Service
@Command(scope = "crm", name = "scheme-list", description = "List the cyclic invoicing schemes")
public class SchemeListCommand implements Action {
    @Reference
    CyclicSchemeService schemes;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Name").maxSize(40);
        table.column("Kind");
        table.column("Series");
        table.column("Every");
        table.column("Issue day");
        table.column("From");
        table.column("Until");
        table.column("Lines").alignRight();
        table.column("Participants").alignRight();
        for (CyclicScheme s : schemes.list()) {
            table.addRow().addContent(s.id(), s.name(), CatalogueValues.lower(s.kind()), s.series(), every(s),
                    CatalogueValues.orBlank(s.issueDay()), s.activeFrom(), CatalogueValues.orBlank(s.activeUntil()),
                    s.items().size(), s.participants());
        }
        table.print(System.out);
        return null;
    }

    static String every(CyclicScheme s) {
        return s.every() + " " + CatalogueValues.lower(s.unit()) + ", " + CatalogueValues.lower(s.timing());
    }
}
