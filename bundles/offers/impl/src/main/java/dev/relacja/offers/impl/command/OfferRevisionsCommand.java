package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.OfferRevision;
import dev.relacja.offers.api.OfferService;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:offer-revisions}: an offer's frozen revisions with their totals and SHA-256. */
@Service
@Command(scope = "crm", name = "offer-revisions", description = "List an offer's revisions")
public class OfferRevisionsCommand implements Action {
    @Reference
    OfferService offers;

    @Argument(index = 0, name = "offer", required = true, description = "The offer's id")
    long offer;

    @Override
    public Object execute() {
        List<OfferRevision> revisions = offers.revisions(offer);
        ShellTable table = new ShellTable();
        table.column("Rev").alignRight();
        table.column("Offer");
        table.column("Frozen at");
        table.column("By");
        table.column("Valid until");
        table.column("Gross").alignRight();
        table.column("SHA-256");
        for (OfferRevision r : revisions) {
            table.addRow().addContent(r.revision(), r.label(), r.createdAt(), r.createdBy(),
                    r.content().validUntil(), r.content().gross().toPlainString(), r.sha256());
        }
        table.print(System.out);
        if (revisions.isEmpty()) {
            System.out.println("A draft has no revisions; the first is frozen when it is sent (crm:offer-send).");
        }
        return null;
    }
}
