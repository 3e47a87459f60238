package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyQuery;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.contacts.api.CounterpartyStatus;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:counterparty-list}: search counterparties by text, tag and status, one page at a time. */
@Service
@Command(scope = "crm", name = "counterparty-list", description = "List or search counterparties")
public class CounterpartyListCommand implements Action {
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "text", description = "Text in code, name, NIP or e-mail")
    String text;
    @Option(name = "--tag", description = "Only counterparties with this tag")
    String tag;
    @Option(name = "--status", description = "ACTIVE or ARCHIVED (default: both)")
    String status;
    @Option(name = "--sort", description = "code, name or updatedAt; prefix - for descending")
    String sort;
    @Option(name = "--page", description = "Page number, from 0")
    int page;
    @Option(name = "--size", description = "Rows per page")
    int size = 50;

    @Override
    public Object execute() {
        Page<Counterparty> result = counterparties.search(
                new CounterpartyQuery(text, tag, null, status(), sort), new PageRequest(page, size));
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("NIP");
        table.column("Status");
        table.column("Tags");
        for (Counterparty c : result.items()) {
            table.addRow().addContent(c.code(), c.name(), c.nip() == null ? "" : c.nip(), c.status(),
                    String.join(",", c.tags()));
        }
        table.print(System.out);
        System.out.printf("page %d, %d of %d%n", result.page(), result.items().size(), result.total());
        return null;
    }

    private CounterpartyStatus status() {
        if (status == null) {
            return null;
        }
        try {
            return CounterpartyStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "status is ACTIVE or ARCHIVED");
        }
    }
}
