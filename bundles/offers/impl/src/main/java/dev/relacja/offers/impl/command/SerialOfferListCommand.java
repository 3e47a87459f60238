package dev.relacja.offers.impl.command;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.offers.api.SerialOffer;
import dev.relacja.offers.api.SerialOfferService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:serial-offer-list}: serial offers, newest first, with their progress and send job. */
@Service
@Command(scope = "crm", name = "serial-offer-list", description = "List serial offers")
public class SerialOfferListCommand implements Action {
    @Reference
    SerialOfferService serialOffers;

    @Option(name = "--page", description = "Page number, from 0")
    int page;
    @Option(name = "--size", description = "Rows per page")
    int size = 50;

    @Override
    public Object execute() {
        Page<SerialOffer> result = serialOffers.list(new PageRequest(page, size));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Name").maxSize(40);
        table.column("Status");
        table.column("Members").alignRight();
        table.column("Generated").alignRight();
        table.column("Failed").alignRight();
        table.column("Send job").alignRight();
        for (SerialOffer s : result.items()) {
            table.addRow().addContent(s.id(), s.name(), ShellValues.lower(s.status()), s.members(), s.generated(),
                    s.failed(), s.sendJobId() == null ? "" : s.sendJobId());
        }
        table.print(System.out);
        System.out.printf("page %d, %d of %d%n", result.page(), result.items().size(), result.total());
        return null;
    }
}
