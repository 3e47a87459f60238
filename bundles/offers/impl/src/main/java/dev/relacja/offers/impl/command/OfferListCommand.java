package dev.relacja.offers.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferQuery;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.OfferStatus;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:offer-list}: offers, newest first, of one counterparty or in one status if asked. */
@Service
@Command(scope = "crm", name = "offer-list", description = "List offers")
public class OfferListCommand implements Action {
    @Reference
    OfferService offers;
    @Reference
    CounterpartyService counterparties;

    @Option(name = "--counterparty", description = "Only this counterparty's offers (its code)")
    String counterparty;
    @Option(name = "--status", description = "draft, sent, accepted, rejected, expired or converted")
    String status;
    @Option(name = "--page", description = "Page number, from 0")
    int page;
    @Option(name = "--size", description = "Rows per page")
    int size = 50;

    @Override
    public Object execute() {
        Long counterpartyId = counterparty == null ? null : counterparties.findByCode(counterparty.strip())
                .map(Counterparty::id).orElseThrow(() -> new NotFoundException("Counterparty", counterparty.strip()));
        Page<Offer> result = offers.search(new OfferQuery(counterpartyId, status(status)), new PageRequest(page, size));
        Map<Long, Counterparty> names = counterparties.findAll(result.items().stream().map(Offer::counterpartyId)
                .collect(Collectors.toSet()));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Offer");
        table.column("Status");
        table.column("Issued");
        table.column("Valid until");
        table.column("Counterparty").maxSize(40);
        table.column("Net").alignRight();
        table.column("Gross").alignRight();
        for (Offer o : result.items()) {
            Counterparty customer = names.get(o.counterpartyId());
            table.addRow().addContent(o.id(), o.label(), ShellValues.lower(o.status()), o.issueDate(), o.validUntil(),
                    customer == null ? "#" + o.counterpartyId() : customer.name(), o.net().toPlainString(),
                    o.gross().toPlainString());
        }
        table.print(System.out);
        System.out.printf("page %d, %d of %d%n", result.page(), result.items().size(), result.total());
        return null;
    }

    private static OfferStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OfferStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "--status is draft, sent, accepted, rejected, expired or "
                    + "converted, not '" + value + "'");
        }
    }
}
