package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.OfferChange;
import dev.relacja.offers.api.OfferDiff;
import dev.relacja.offers.api.OfferService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:offer-diff}: what changed between two revisions of an offer, field by field. */
@Service
@Command(scope = "crm", name = "offer-diff", description = "Show what changed between two revisions of an offer")
public class OfferDiffCommand implements Action {
    @Reference
    OfferService offers;

    @Argument(index = 0, name = "offer", required = true, description = "The offer's id")
    long offer;
    @Argument(index = 1, name = "from", required = true, description = "The earlier revision, e.g. 1")
    int from;
    @Argument(index = 2, name = "to", required = true, description = "The later revision, e.g. 2")
    int to;

    @Override
    public Object execute() {
        OfferDiff diff = offers.diff(offer, from, to);
        System.out.printf("%s → %s: %d change(s)%n", diff.fromLabel(), diff.toLabel(), diff.changes().size());
        ShellTable table = new ShellTable();
        table.column("Part");
        table.column("#").alignRight();
        table.column("Field");
        table.column("Before").maxSize(50);
        table.column("After").maxSize(50);
        for (OfferChange c : diff.changes()) {
            table.addRow().addContent(ShellValues.lower(c.part()), c.position() == null ? "" : c.position(),
                    c.field(), orDash(c.before()), orDash(c.after()));
        }
        table.print(System.out);
        return null;
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
