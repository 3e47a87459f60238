package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.OfferTemplate;
import dev.relacja.offers.api.OfferTemplateService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:offer-template-list}: the built-in offer templates and admins' own. */
@Service
@Command(scope = "crm", name = "offer-template-list", description = "List offer print templates")
public class OfferTemplateListCommand implements Action {
    @Reference
    OfferTemplateService templates;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name").maxSize(40);
        table.column("Built-in");
        table.column("Based on");
        table.column("Version").alignRight();
        table.column("Changed by");
        for (OfferTemplate t : templates.list()) {
            table.addRow().addContent(t.code(), t.name(), t.builtIn() ? "yes" : "", t.basedOn() == null ? ""
                    : t.basedOn(), t.version(), t.updatedBy() == null ? "" : t.updatedBy());
        }
        table.print(System.out);
        return null;
    }
}
